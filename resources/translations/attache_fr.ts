<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be written to {dest}: {error}.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans {dest} : {error}.</translation>
    </message>
    <message>
        <source>An in-memory database has nothing to back up.</source>
        <translation>Une base en mémoire n’a rien à sauvegarder.</translation>
    </message>
    <message>
        <source>A database cannot be backed up onto itself.</source>
        <translation>Une base ne peut pas être sauvegardée sur elle-même.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {error}.</source>
        <translation>Le dossier {folder} ne peut pas être créé : {error}.</translation>
    </message>
    <message>
        <source>Integrity: {detail}</source>
        <translation>Intégrité : {detail}</translation>
    </message>
    <message>
        <source>Row {row} of {table} points to a missing {parent}.</source>
        <translation>La ligne {row} de {table} renvoie à un élément absent de {parent}.</translation>
    </message>
    <message>
        <source>Schema version {found}, expected {expected}.</source>
        <translation>Version du schéma {found}, {expected} attendue.</translation>
    </message>
    <message>
        <source>{count} records are missing from the search index.</source>
        <translation>{count} fiches manquent dans l’index de recherche.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Aucun fichier de sauvegarde à l’emplacement {path}.</translation>
    </message>
    <message>
        <source>{path} is not an Attaché backup.</source>
        <translation>{path} n’est pas une sauvegarde d’Attaché.</translation>
    </message>
    <message>
        <source>{path} is not an Attaché backup (or it is damaged).</source>
        <translation>{path} n’est pas une sauvegarde d’Attaché (ou elle est endommagée).</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Attaché.</source>
        <translation>{path} a été créé par une version plus récente d’Attaché.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Try “{prog} --help”.</source>
        <translation>Essayez « {prog} --help ».</translation>
    </message>
    <message>
        <source>Attaché: contacts, technology watch and programme deadlines.</source>
        <translation>Attaché : contacts, veille technologique et échéances des programmes.</translation>
    </message>
    <message>
        <source>database file (default: $ATTACHE_DB, or the user&apos;s data folder)</source>
        <translation>fichier de la base (par défaut : $ATTACHE_DB, ou le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>language of messages (default: from the environment)</source>
        <translation>langue des messages (par défaut : selon l’environnement)</translation>
    </message>
    <message>
        <source>create an empty database</source>
        <translation>créer une base vide</translation>
    </message>
    <message>
        <source>name of the post</source>
        <translation>nom du poste</translation>
    </message>
    <message>
        <source>country of the post (TW, JP…)</source>
        <translation>pays du poste (TW, JP…)</translation>
    </message>
    <message>
        <source>time zone of the post (Asia/Taipei…)</source>
        <translation>fuseau horaire du poste (Asia/Taipei…)</translation>
    </message>
    <message>
        <source>default region of phone numbers (TW…)</source>
        <translation>région par défaut des numéros de téléphone (TW…)</translation>
    </message>
    <message>
        <source>author of the reports</source>
        <translation>auteur des rapports</translation>
    </message>
    <message>
        <source>load the example post (Taipei) into an empty database</source>
        <translation>charger le poste d’exemple (Taipei) dans une base vide</translation>
    </message>
    <message>
        <source>count the records</source>
        <translation>compter les fiches</translation>
    </message>
    <message>
        <source>search every kind of record</source>
        <translation>chercher dans toutes les fiches</translation>
    </message>
    <message>
        <source>only this kind, repeatable</source>
        <translation>seulement ce type, répétable</translation>
    </message>
    <message>
        <source>list the records of one kind</source>
        <translation>lister les fiches d’un type</translation>
    </message>
    <message>
        <source>persons or organisations with this tag</source>
        <translation>personnes ou organisations portant cette étiquette</translation>
    </message>
    <message>
        <source>persons or organisations of this country</source>
        <translation>personnes ou organisations de ce pays</translation>
    </message>
    <message>
        <source>notes or deadlines with this status</source>
        <translation>notes ou échéances ayant ce statut</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>afficher une fiche</translation>
    </message>
    <message>
        <source>add a record</source>
        <translation>ajouter une fiche</translation>
    </message>
    <message>
        <source>change fields of a record</source>
        <translation>modifier des champs d’une fiche</translation>
    </message>
    <message>
        <source>delete records</source>
        <translation>supprimer des fiches</translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation>confirmer la suppression</translation>
    </message>
    <message>
        <source>add or remove tags on persons or organisations</source>
        <translation>ajouter ou retirer des étiquettes sur des personnes ou des organisations</translation>
    </message>
    <message>
        <source>deadlines in Paris and post time</source>
        <translation>échéances à l’heure de Paris et du poste</translation>
    </message>
    <message>
        <source>only those of the next DAYS days</source>
        <translation>seulement celles des DAYS prochains jours</translation>
    </message>
    <message>
        <source>time zone of the post (default: the post&apos;s setting)</source>
        <translation>fuseau horaire du poste (par défaut : le réglage du poste)</translation>
    </message>
    <message>
        <source>show or change the post&apos;s settings</source>
        <translation>afficher ou modifier les réglages du poste</translation>
    </message>
    <message>
        <source>back the database up</source>
        <translation>sauvegarder la base</translation>
    </message>
    <message>
        <source>file or folder (default: the backups folder)</source>
        <translation>fichier ou dossier (par défaut : le dossier des sauvegardes)</translation>
    </message>
    <message>
        <source>replace the database by a backup</source>
        <translation>remplacer la base par une sauvegarde</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>confirmer la restauration</translation>
    </message>
    <message>
        <source>check integrity, links and search index</source>
        <translation>vérifier l’intégrité, les liens et l’index de recherche</translation>
    </message>
    <message>
        <source>attache: interrupted; nothing was half-written.</source>
        <translation>attache : interrompu ; rien n’a été écrit à moitié.</translation>
    </message>
    <message>
        <source>attache: an unexpected error happened (a bug). Details: {log}</source>
        <translation>attache : une erreur inattendue s’est produite (un bogue). Détails : {log}</translation>
    </message>
    <message>
        <source>The database {path} already exists; it is up to date.</source>
        <translation>La base {path} existe déjà ; elle est à jour.</translation>
    </message>
    <message>
        <source>Created the database {path}.</source>
        <translation>Base créée : {path}.</translation>
    </message>
    <message>
        <source>Loaded the example post into {path}.</source>
        <translation>Le poste d’exemple a été chargé dans {path}.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>--{option} does not apply to {kind}.</source>
        <translation>--{option} ne s’applique pas aux {kind}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Created {kind} {id}.</source>
        <translation>Fiche créée : {kind} {id}.</translation>
    </message>
    <message>
        <source>Updated {kind} {id}.</source>
        <translation>Fiche modifiée : {kind} {id}.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone from the command line: add --yes to confirm.</source>
        <translation>Une suppression ne peut pas être annulée en ligne de commande : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Deleted {count} record(s).</source>
        <translation>{count} fiche(s) supprimée(s).</translation>
    </message>
    <message>
        <source>Say which tags with --add or --remove.</source>
        <translation>Indiquez les étiquettes avec --add ou --remove.</translation>
    </message>
    <message>
        <source>Tags updated on {count} record(s).</source>
        <translation>Étiquettes mises à jour sur {count} fiche(s).</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>DÉPASSÉE</translation>
    </message>
    <message>
        <source>&lt; 7 days</source>
        <translation>&lt; 7 jours</translation>
    </message>
    <message>
        <source>&lt; 30 days</source>
        <translation>&lt; 30 jours</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <source>Restoring replaces the current data (which is backed up first): add --yes to confirm.</source>
        <translation>La restauration remplace les données actuelles (sauvegardées au préalable) : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Restored {backup}. The previous state was saved to {safety}.</source>
        <translation>{backup} a été restaurée. L’état précédent a été sauvegardé dans {safety}.</translation>
    </message>
    <message>
        <source>The database is sound (schema version {v}).</source>
        <translation>La base est saine (version du schéma {v}).</translation>
    </message>
    <message>
        <source>given name(s)</source>
        <translation>prénom(s)</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>name in native script (陳志明)</source>
        <translation>nom dans l’écriture d’origine (陳志明)</translation>
    </message>
    <message>
        <source>civility (Mme, M., Dr, Prof.)</source>
        <translation>civilité (Mme, M., Dr, Pr)</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>organisation: id, name or acronym (&quot;&quot; for none)</source>
        <translation>organisme : identifiant, nom ou sigle (&quot;&quot; pour aucun)</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service ou département</translation>
    </message>
    <message>
        <source>e-mail, repeatable</source>
        <translation>courriel, répétable</translation>
    </message>
    <message>
        <source>phone, repeatable</source>
        <translation>téléphone, répétable</translation>
    </message>
    <message>
        <source>country code (TW, FR…)</source>
        <translation>code pays (TW, FR…)</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>language code (fr, zh…), repeatable</source>
        <translation>code de langue (fr, zh…), répétable</translation>
    </message>
    <message>
        <source>tag, repeatable</source>
        <translation>étiquette, répétable</translation>
    </message>
    <message>
        <source>free notes</source>
        <translation>notes libres</translation>
    </message>
    <message>
        <source>where these details come from</source>
        <translation>origine de ces informations</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name in native script</source>
        <translation>nom dans l’écriture d’origine</translation>
    </message>
    <message>
        <source>acronym (ITRI, AIST…)</source>
        <translation>sigle (ITRI, AIST…)</translation>
    </message>
    <message>
        <source>university, research_institute, ministry_agency, company, startup, cluster, french_network or other</source>
        <translation>university, research_institute, ministry_agency, company, startup, cluster, french_network ou other</translation>
    </message>
    <message>
        <source>web site (https://…)</source>
        <translation>site web (https://…)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD, default today)</source>
        <translation>date (AAAA-MM-JJ, aujourd’hui par défaut)</translation>
    </message>
    <message>
        <source>source name</source>
        <translation>nom de la source</translation>
    </message>
    <message>
        <source>source address (https://…)</source>
        <translation>adresse de la source (https://…)</translation>
    </message>
    <message>
        <source>theme, repeatable</source>
        <translation>thème, répétable</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>code pays</translation>
    </message>
    <message>
        <source>low, normal or high</source>
        <translation>low, normal ou high</translation>
    </message>
    <message>
        <source>draft, to_send or sent</source>
        <translation>draft, to_send ou sent</translation>
    </message>
    <message>
        <source>date sent to Paris</source>
        <translation>date d’envoi à Paris</translation>
    </message>
    <message>
        <source>text (Markdown)</source>
        <translation>texte (Markdown)</translation>
    </message>
    <message>
        <source>linked organisation (id, name or acronym), repeatable</source>
        <translation>organisme lié (identifiant, nom ou sigle), répétable</translation>
    </message>
    <message>
        <source>linked person id, repeatable</source>
        <translation>identifiant d’une personne liée, répétable</translation>
    </message>
    <message>
        <source>meeting, visit, delegation, seminar, call or email</source>
        <translation>meeting, visit, delegation, seminar, call ou email</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>participant id, repeatable</source>
        <translation>identifiant d’un participant, répétable</translation>
    </message>
    <message>
        <source>organisation (id, name or acronym), repeatable</source>
        <translation>organisme (identifiant, nom ou sigle), répétable</translation>
    </message>
    <message>
        <source>name (PHC Orchid…)</source>
        <translation>nom (PHC Orchid…)</translation>
    </message>
    <message>
        <source>phc, arcus, call_for_interest, agency_call or other</source>
        <translation>phc, arcus, call_for_interest, agency_call ou other</translation>
    </message>
    <message>
        <source>partner country code</source>
        <translation>code du pays partenaire</translation>
    </message>
    <message>
        <source>partner agency</source>
        <translation>agence partenaire</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>programme (name or id)</source>
        <translation>programme (nom ou identifiant)</translation>
    </message>
    <message>
        <source>&quot;YYYY-MM-DD HH:MM&quot; with --tz, or YYYY-MM-DD with --all-day</source>
        <translation>&quot;AAAA-MM-JJ HH:MM&quot; avec --tz, ou AAAA-MM-JJ avec --all-day</translation>
    </message>
    <message>
        <source>time zone of --due (Europe/Paris, Asia/Taipei…)</source>
        <translation>fuseau horaire de --due (Europe/Paris, Asia/Taipei…)</translation>
    </message>
    <message>
        <source>the deadline is a whole day, the same in every zone</source>
        <translation>l’échéance porte sur une journée entière, la même dans tous les fuseaux</translation>
    </message>
    <message>
        <source>call_opens, application_deadline, partner_deadline, joint_committee, results, funding_start, funding_end, report_due or other</source>
        <translation>call_opens, application_deadline, partner_deadline, joint_committee, results, funding_start, funding_end, report_due ou other</translation>
    </message>
    <message>
        <source>open, done, missed or cancelled</source>
        <translation>open, done, missed ou cancelled</translation>
    </message>
    <message>
        <source>who is in charge</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>An all-day deadline takes a date: --due YYYY-MM-DD --all-day.</source>
        <translation>Une échéance sur la journée prend une date : --due AAAA-MM-JJ --all-day.</translation>
    </message>
    <message>
        <source>Give a time (--due &quot;YYYY-MM-DD HH:MM&quot; --tz ZONE), or add --all-day.</source>
        <translation>Donnez une heure (--due &quot;AAAA-MM-JJ HH:MM&quot; --tz FUSEAU), ou ajoutez --all-day.</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>« {value} » n’est pas une date et une heure (AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
        <source>Give the time zone of the deadline with --tz (for example Europe/Paris).</source>
        <translation>Donnez le fuseau horaire de l’échéance avec --tz (par exemple Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nom d’origine</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>Partner agency</source>
        <translation>Agence partenaire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is an SQLite database of another program, not an Attaché one; it was left untouched.</source>
        <translation>{path} est une base SQLite d’un autre logiciel, pas d’Attaché ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Attaché; update Attaché to open it.</source>
        <translation>{path} a été créée par une version plus récente d’Attaché ; mettez Attaché à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, which cannot be done while it is read-only.</source>
        <translation>{path} doit être mise à niveau, ce qui est impossible tant qu’elle est en lecture seule.</translation>
    </message>
    <message>
        <source>The database {path} is busy: another Attaché window or program is writing to it. Try again in a moment.</source>
        <translation>La base {path} est occupée : une autre fenêtre d’Attaché ou un autre logiciel y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database {path} is read-only: nothing can be saved to it.</source>
        <translation>La base {path} est en lecture seule : rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein : rien n’a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>{path} is not an Attaché database (or it is encrypted, or damaged).</source>
        <translation>{path} n’est pas une base Attaché (ou elle est chiffrée, ou endommagée).</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Restore a backup.</source>
        <translation>La base {path} est endommagée. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened or written (disk or folder unavailable).</source>
        <translation>La base {path} ne peut être ni ouverte ni écrite (disque ou dossier indisponible).</translation>
    </message>
    <message>
        <source>The database {path} reported an error: {error}.</source>
        <translation>La base {path} a signalé une erreur : {error}.</translation>
    </message>
    <message>
        <source>The database {path} is open read-only: nothing can be saved.</source>
        <translation>La base {path} est ouverte en lecture seule : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>{path} cannot be reached: {error}.</source>
        <translation>{path} est inaccessible : {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create one with “attache init”.</source>
        <translation>Aucune base à l’emplacement {path}. Créez-en une avec « attache init ».</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {error}.</source>
        <translation>Le dossier {folder} ne peut pas être créé : {error}.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: the database cannot be created there.</source>
        <translation>Le dossier {folder} est en lecture seule : la base ne peut pas y être créée.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation>{path} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <source>{path} is not an Attaché database (or it is encrypted, or damaged); it was left untouched.</source>
        <translation>{path} n’est pas une base Attaché (ou elle est chiffrée, ou endommagée) ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is read-only (no permission to write the file or its folder); it was left untouched.</source>
        <translation>La base {path} est en lecture seule (pas le droit d’écrire le fichier ou son dossier) ; elle n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database {path} already holds records; the example data is only loaded into an empty database.</source>
        <translation>La base {path} contient déjà des fiches ; les données d’exemple ne se chargent que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Deadlines &amp; programmes</source>
        <translation>Échéances &amp; programmes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>There is no {kind} with id {id}.</source>
        <translation>Aucune fiche « {kind} » ne porte le numéro {id}.</translation>
    </message>
    <message>
        <source>No record with id {ids}.</source>
        <translation>Aucune fiche ne porte le numéro {ids}.</translation>
    </message>
    <message>
        <source>No organisation is called “{name}”. Create it first, or give its id.</source>
        <translation>Aucun organisme ne s’appelle « {name} ». Créez-le d’abord, ou donnez son numéro.</translation>
    </message>
    <message>
        <source>Several organisations are called “{name}” (ids {ids}); give the id.</source>
        <translation>Plusieurs organismes s’appellent « {name} » (numéros {ids}) ; donnez le numéro.</translation>
    </message>
    <message>
        <source>A programme called “{name}” already exists.</source>
        <translation>Un programme nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>No programme is called “{name}”. Known programmes: {known}.</source>
        <translation>Aucun programme ne s’appelle « {name} ». Programmes connus : {known}.</translation>
    </message>
    <message>
        <source>Only persons and organisations have tags.</source>
        <translation>Seules les personnes et les organisations ont des étiquettes.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{key}” is not a setting; settings are: {keys}.</source>
        <translation>« {key} » n’est pas un réglage ; les réglages sont : {keys}.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>« {value} » n’est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>« {value} » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code (ISO 3166, for example FR, TW, JP).</source>
        <translation>« {value} » n’est pas un code pays (ISO 3166, par exemple FR, TW, JP).</translation>
    </message>
    <message>
        <source>“{value}” is not a telephone region (for example FR, TW).</source>
        <translation>« {value} » n’est pas une région téléphonique (par exemple FR, TW).</translation>
    </message>
    <message>
        <source>A time zone is required (for example Europe/Paris, Asia/Taipei).</source>
        <translation>Un fuseau horaire est requis (par exemple Europe/Paris, Asia/Taipei).</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone (for example Europe/Paris, Asia/Taipei).</source>
        <translation>« {value} » n’est pas un fuseau horaire (par exemple Europe/Paris, Asia/Taipei).</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Une date est requise.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD).</source>
        <translation>« {value} » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>“{value}” is not a web address (http:// or https://).</source>
        <translation>« {value} » n’est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>« {value} » ne fait pas partie de : {choices}.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>A person needs a name (Latin or native script) or an e-mail.</source>
        <translation>Une personne doit avoir un nom (en alphabet latin ou dans son écriture) ou un courriel.</translation>
    </message>
    <message>
        <source>“{value}” is not a telephone number.</source>
        <translation>« {value} » n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (ISO 639, for example fr, zh).</source>
        <translation>« {value} » n’est pas un code de langue (ISO 639, par exemple fr, zh).</translation>
    </message>
    <message>
        <source>A watch note needs a title.</source>
        <translation>Une note de veille doit avoir un titre.</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>Une activité doit avoir un titre.</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Un programme doit avoir un nom.</translation>
    </message>
    <message>
        <source>A deadline needs a title.</source>
        <translation>Une échéance doit avoir un titre.</translation>
    </message>
    <message>
        <source>A deadline needs a date.</source>
        <translation>Une échéance doit avoir une date.</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (YYYY-MM-DD HH:MM).</source>
        <translation>« {value} » n’est pas une date et une heure (AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 automatic backups.</source>
        <translation>Conservez entre 1 et 365 sauvegardes automatiques.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Institut de recherche</translation>
    </message>
    <message>
        <source>Ministry or agency</source>
        <translation>Ministère ou agence</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Start-up</translation>
    </message>
    <message>
        <source>Competitiveness cluster</source>
        <translation>Pôle de compétitivité</translation>
    </message>
    <message>
        <source>French network office</source>
        <translation>Réseau français</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Séminaire</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Hubert Curien Partnership (PHC)</source>
        <translation>Partenariat Hubert Curien (PHC)</translation>
    </message>
    <message>
        <source>ARCUS</source>
        <translation>ARCUS</translation>
    </message>
    <message>
        <source>Call for expressions of interest</source>
        <translation>Appel à manifestation d’intérêt</translation>
    </message>
    <message>
        <source>Agency call</source>
        <translation>Appel d’agence</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Ouverture de l’appel</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>Clôture des candidatures</translation>
    </message>
    <message>
        <source>Partner-side deadline</source>
        <translation>Clôture côté partenaire</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Comité mixte</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Funding starts</source>
        <translation>Début du financement</translation>
    </message>
    <message>
        <source>Funding ends</source>
        <translation>Fin du financement</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Rapport à remettre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Watch note</source>
        <translation>Note de veille</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Watch notes</source>
        <translation>Notes de veille</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
</context>
</TS>
