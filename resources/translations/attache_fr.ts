<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Attaché databases (*.db);;All files (*)</source>
        <translation>Bases Attaché (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Attaché databases (*.db)</source>
        <translation>Bases Attaché (*.db)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>your database</source>
        <translation>votre base</translation>
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
    <message>
        <source>import contacts from CSV, Excel, vCard or LDIF</source>
        <translation>importer des contacts depuis un CSV, un classeur Excel, des vCards ou un LDIF</translation>
    </message>
    <message>
        <source>use a saved mapping</source>
        <translation>utiliser une correspondance enregistrée</translation>
    </message>
    <message>
        <source>save this file&apos;s mapping under a name</source>
        <translation>enregistrer la correspondance de ce fichier sous un nom</translation>
    </message>
    <message>
        <source>sheet of a workbook</source>
        <translation>feuille d&apos;un classeur</translation>
    </message>
    <message>
        <source>what to do with every duplicate (default: merge certain ones, create likely ones)</source>
        <translation>que faire de chaque doublon (par défaut : fusionner les certains, créer les probables)</translation>
    </message>
    <message>
        <source>who sent it</source>
        <translation>qui l&apos;a envoyé</translation>
    </message>
    <message>
        <source>show what would happen only</source>
        <translation>montrer seulement ce qui se passerait</translation>
    </message>
    <message>
        <source>list the import batches</source>
        <translation>lister les imports</translation>
    </message>
    <message>
        <source>undo an import batch</source>
        <translation>annuler un import</translation>
    </message>
    <message>
        <source>undo even records edited since the import</source>
        <translation>annuler même les fiches modifiées depuis l&apos;import</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusionner</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Rien n&apos;a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>{file} was already imported (import {batch}); nothing new was created.</source>
        <translation>{file} a déjà été importé (import {batch}) ; rien de nouveau n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Import {batch}: {created} created, {updated} updated, {skipped} skipped, {errors} errors. Undo it with: attache undo-import {batch}</source>
        <translation>Import {batch} : {created} créé(s), {updated} mis à jour, {skipped} ignoré(s), {errors} erreur(s). Pour l’annuler : attache undo-import {batch}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>Add --force to undo anyway.</source>
        <translation>Ajoutez --force pour annuler malgré tout.</translation>
    </message>
    <message>
        <source>Import {batch} undone: {removed} records removed, {restored} restored.</source>
        <translation>Import {batch} annulé : {removed} fiche(s) retirée(s), {restored} rétablie(s).</translation>
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
    <message>
        <source>Overdue</source>
        <translation>Dépassée</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Sous 30 jours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Post time</source>
        <translation>Heure du poste</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Heure de Paris</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Post time</source>
        <translation>Heure du poste</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Heure de Paris</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Deadlines of the next 60 days</source>
        <translation>Échéances des 60 prochains jours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Watch notes to send to Paris</source>
        <translation>Notes de veille à envoyer à Paris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Recent watch notes</source>
        <translation>Notes de veille récentes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Recent and planned activities</source>
        <translation>Activités récentes et prévues</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Things needing attention</source>
        <translation>Points à surveiller</translation>
    </message>
    <message>
        <source>Deadlines — next 60 days</source>
        <translation>Échéances — 60 prochains jours</translation>
    </message>
    <message>
        <source>To send to Paris</source>
        <translation>À envoyer à Paris</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Times in the post&apos;s zone ({zone}) and in Paris.</source>
        <translation>Heures du poste ({zone}) et de Paris.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without organisation</source>
        <translation>
            <numerusform>%n personne sans organisation</numerusform>
            <numerusform>%n personnes sans organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of suspected duplicates</source>
        <translation>
            <numerusform>%n groupe de doublons possibles</numerusform>
            <numerusform>%n groupes de doublons possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same native name</source>
        <translation>même nom d’origine</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à signaler.</translation>
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
    <name>DatabaseProblem</name>
    <message>
        <source>Another Attaché window, or another program, is using this database. Close it and try again, or open another database.</source>
        <translation>Une autre fenêtre d’Attaché, ou un autre logiciel, utilise cette base. Fermez-le et réessayez, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>You may not write to this file or its folder. Copy it somewhere you may write to, or open another database.</source>
        <translation>Vous n’avez pas le droit d’écrire ce fichier ou son dossier. Copiez-le là où vous pouvez écrire, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>The file may be encrypted, damaged, or not an Attaché database at all. It was left as it was. Restore a backup, or open another database.</source>
        <translation>Le fichier est peut-être chiffré, endommagé, ou n’est pas une base Attaché. Il n’a pas été modifié. Restaurez une sauvegarde, ou ouvrez une autre base.</translation>
    </message>
    <message>
        <source>Restore the latest backup: it was made automatically.</source>
        <translation>Restaurez la dernière sauvegarde : elle a été faite automatiquement.</translation>
    </message>
    <message>
        <source>Install the newer version of Attaché that made it.</source>
        <translation>Installez la version plus récente d’Attaché qui l’a créée.</translation>
    </message>
    <message>
        <source>The disk or folder holding it is not available (a removed drive, a network share). Reconnect it and try again.</source>
        <translation>Le disque ou le dossier qui la contient n’est pas disponible (clé retirée, partage réseau). Reconnectez-le et réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>DeadlineEditor</name>
    <message>
        <source>All day (the same date in every time zone)</source>
        <translation>Toute la journée (la même date dans tous les fuseaux)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The deadline in Paris time and post time</source>
        <translation>L’échéance à l’heure de Paris et du poste</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Paris / post</source>
        <translation>Paris / poste</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{day} in Paris and at the post</source>
        <translation>{day} à Paris et au poste</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Paris: {paris}   ·   Post ({zone}): {post}</source>
        <translation>Paris : {paris}   ·   Poste ({zone}) : {post}</translation>
    </message>
    <message>
        <source>No programme matches “{text}”: choose one from the list.</source>
        <translation>Aucun programme ne correspond à « {text} » : choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Programmes and their calls</source>
        <translation>Programmes et leurs appels</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
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
    <name>FilePage</name>
    <message>
        <source>Which file?</source>
        <translation>Quel fichier ?</translation>
    </message>
    <message>
        <source>CSV or TSV (from Excel, Outlook, Google, Thunderbird), Excel or OpenDocument workbooks, vCards from phones and mail programs, LDIF address books.</source>
        <translation>CSV ou TSV (Excel, Outlook, Google, Thunderbird), classeurs Excel ou OpenDocument, vCards de téléphones et de messageries, carnets LDIF.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>e.g. SST Tokyo, Business France, a colleague</source>
        <translation>p. ex. SST Tokyo, Business France, un collègue</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>Automatic (from the column names)</source>
        <translation>Automatique (d’après les noms de colonnes)</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Envoyé &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance :</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contact lists ({patterns});;All files (*)</source>
        <translation>Listes de contacts ({patterns});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>Nom en écriture d’origine</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Telephones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>{count} records of import {batch} were changed after it: {names}. Undoing would lose those changes; confirm to undo anyway.</source>
        <translation>{count} fiche(s) de l&apos;import {batch} ont été modifiées depuis : {names}. Annuler l&apos;import ferait perdre ces modifications ; confirmez pour annuler malgré tout.</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>Il n&apos;y a pas d&apos;import {id}.</translation>
    </message>
    <message>
        <source>Import {id} was already undone on {date}.</source>
        <translation>L&apos;import {id} a déjà été annulé le {date}.</translation>
    </message>
    <message>
        <source>{file}, {where}: {reason}</source>
        <translation>{file}, {where} : {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data).</source>
        <translation>ce n&apos;est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x{byte:02X}) in a file that is otherwise UTF-8; the file is damaged or mixes encodings.</source>
        <translation>UTF-8 invalide (octet 0x{byte:02X}) dans un fichier par ailleurs en UTF-8 ; le fichier est abîmé ou mélange les encodages.</translation>
    </message>
    <message>
        <source>bytes that are not {encoding} text.</source>
        <translation>des octets qui ne sont pas du texte {encoding}.</translation>
    </message>
    <message>
        <source>“{text}” is not an LDIF line (attribute: value).</source>
        <translation>« {text} » n’est pas une ligne LDIF (attribut: valeur).</translation>
    </message>
    <message>
        <source>the base64 value of “{name}” is damaged.</source>
        <translation>la valeur base64 de « {name} » est abîmée.</translation>
    </message>
    <message>
        <source>no contact in this LDIF file.</source>
        <translation>aucun contact dans ce fichier LDIF.</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Label of the next column</source>
        <translation>Libellé de la colonne suivante</translation>
    </message>
    <message>
        <source>{rows} contacts read from {file}: {new} new, {dups} duplicates, {errors} errors.</source>
        <translation>{rows} contact(s) lus dans {file} : {new} nouveau(x), {dups} doublon(s), {errors} erreur(s).</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Adresse : {value}</translation>
    </message>
    <message>
        <source>Web: {value}</source>
        <translation>Web : {value}</translation>
    </message>
    <message>
        <source>Birthday: {value}</source>
        <translation>Anniversaire : {value}</translation>
    </message>
    <message>
        <source>Country: {value}</source>
        <translation>Pays : {value}</translation>
    </message>
    <message>
        <source>“{value}” is not a known country; kept in the notes.</source>
        <translation>« {value} » n’est pas un pays connu ; conservé dans les notes.</translation>
    </message>
    <message>
        <source>an organisation card without a name.</source>
        <translation>une fiche d’organisme sans nom.</translation>
    </message>
    <message>
        <source>E-mail (not valid): {value}</source>
        <translation>Courriel (non valide) : {value}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail; kept in the notes.</source>
        <translation>« {value} » n’est pas un courriel valide ; conservé dans les notes.</translation>
    </message>
    <message>
        <source>Telephone (not valid): {value}</source>
        <translation>Téléphone (non valide) : {value}</translation>
    </message>
    <message>
        <source>“{value}” is not a telephone number; kept in the notes.</source>
        <translation>« {value} » n’est pas un numéro de téléphone ; conservé dans les notes.</translation>
    </message>
    <message>
        <source>Structured name: {value}</source>
        <translation>Nom structuré : {value}</translation>
    </message>
    <message>
        <source>no name and no valid e-mail: there is nobody to create.</source>
        <translation>ni nom ni courriel valide : personne à créer.</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>même courriel {value}</translation>
    </message>
    <message>
        <source>same telephone {value}</source>
        <translation>même téléphone {value}</translation>
    </message>
    <message>
        <source>same name and same organisation</source>
        <translation>même nom et même organisme</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>similar name ({score} %) and same organisation</source>
        <translation>nom proche ({score} %) et même organisme</translation>
    </message>
    <message>
        <source>same native-script name</source>
        <translation>même nom en écriture d’origine</translation>
    </message>
    <message>
        <source>this is a {kind} file, not a contact list.</source>
        <translation>c&apos;est un fichier {kind}, pas une liste de contacts.</translation>
    </message>
    <message>
        <source>the name says spreadsheet but the content is not one; the file may be damaged or truncated.</source>
        <translation>le nom annonce un classeur mais le contenu n&apos;en est pas un ; le fichier est peut-être abîmé ou tronqué.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied).</source>
        <translation>le fichier ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file is {size:,} MB; contact lists above {max} MB are refused.</source>
        <translation>le fichier fait {size:,} Mo ; les listes de plus de {max} Mo sont refusées.</translation>
    </message>
    <message>
        <source>this line is {n:,} characters long; a contact list has no such lines.</source>
        <translation>cette ligne compte {n:,} caractères ; une liste de contacts n&apos;a pas de telles lignes.</translation>
    </message>
    <message>
        <source>the CSV cannot be read ({error}).</source>
        <translation>le CSV ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>“{member}” would inflate {ratio:.0f} times (a zip bomb?); the file was not read.</source>
        <translation>« {member} » gonflerait {ratio:.0f} fois (une bombe zip ?) ; le fichier n’a pas été lu.</translation>
    </message>
    <message>
        <source>the workbook would inflate to {size:,} MB; it was not read.</source>
        <translation>le classeur gonflerait jusqu&apos;à {size:,} Mo ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>“{member}” declares XML entities, which no spreadsheet program writes (an entity bomb?); the file was not read.</source>
        <translation>« {member} » déclare des entités XML, ce qu’aucun tableur n’écrit (une bombe d’entités ?) ; le fichier n’a pas été lu.</translation>
    </message>
    <message>
        <source>this is not a complete Excel/OpenDocument file; it may have been truncated when it was sent ({error}).</source>
        <translation>ce n&apos;est pas un fichier Excel/OpenDocument complet ; il a peut-être été tronqué lors de l&apos;envoi ({error}).</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({error}).</source>
        <translation>le classeur ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>the workbook has no sheet.</source>
        <translation>le classeur n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>there is no sheet “{sheet}” (sheets: {names}).</source>
        <translation>il n&apos;y a pas de feuille « {sheet} » (feuilles : {names}).</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” cannot be read ({error}).</source>
        <translation>la feuille « {sheet} » ne peut pas être lue ({error}).</translation>
    </message>
    <message>
        <source>the file holds no rows.</source>
        <translation>le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>{count} rows have more values than the header has columns ({width}): {where}. A value probably holds an unquoted delimiter; nothing was imported.</source>
        <translation>{count} ligne(s) ont plus de valeurs que l&apos;en-tête n&apos;a de colonnes ({width}) : {where}. Une valeur contient sans doute un séparateur non protégé par des guillemets ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>too many cards.</source>
        <translation>trop de fiches.</translation>
    </message>
    <message>
        <source>the vCard that starts here is never closed by END:VCARD (the file may be truncated).</source>
        <translation>la vCard qui commence ici n&apos;est jamais fermée par END:VCARD (le fichier est peut-être tronqué).</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a file that is otherwise UTF-8; the file is damaged or mixes encodings.</source>
        <translation>UTF-8 invalide dans un fichier par ailleurs en UTF-8 ; le fichier est abîmé ou mélange les encodages.</translation>
    </message>
    <message>
        <source>no vCard (BEGIN:VCARD) in this file.</source>
        <translation>aucune vCard (BEGIN:VCARD) dans ce fichier.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>There is no saved mapping “{name}” (saved: {known}).</source>
        <translation>Il n&apos;y a pas de correspondance enregistrée « {name} » (enregistrées : {known}).</translation>
    </message>
    <message>
        <source>A mapping needs a name and a table to map.</source>
        <translation>Une correspondance demande un nom et un tableau.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
</context>
<context>
    <name>LabelledValues</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a line to {what}</source>
        <translation>Ajouter une ligne à {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected line of {what}</source>
        <translation>Retirer la ligne choisie de {what}</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Linked records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Links appear once the record is saved.</source>
        <translation>Les liens apparaissent une fois la fiche enregistrée.</translation>
    </message>
    <message>
        <source>Nothing is linked to this record yet.</source>
        <translation>Aucune fiche n’est encore liée à celle-ci.</translation>
    </message>
    <message>
        <source>Double-click or Enter to open</source>
        <translation>Double-clic ou Entrée pour ouvrir</translation>
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
        <source>Attaché — {post}</source>
        <translation>Attaché — {post}</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Sauvegarde quotidienne écrite dans {path}</translation>
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
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des imports…</translation>
    </message>
    <message>
        <source>Settings of the &amp;post…</source>
        <translation>Réglages du &amp;poste…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Vérifier la base</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Load the &amp;example data</source>
        <translation>Charger les données d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>À &amp;propos d’Attaché</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;record</source>
        <translation>Nouvelle &amp;fiche</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>(no list on this page)</source>
        <translation>(pas de liste sur cette page)</translation>
    </message>
    <message>
        <source>{path} — {persons} persons, {organisations} organisations, {notes} notes, {deadlines} deadlines</source>
        <translation>{path} — {persons} personnes, {organisations} organisations, {notes} notes, {deadlines} échéances</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer %n fiche ? Vous pourrez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer %n fiches ? Vous pourrez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Vérifier la base</translation>
    </message>
    <message>
        <source>The database is sound (schema version {v}).</source>
        <translation>La base est saine (version du schéma {v}).</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Attaché databases (*.db)</source>
        <translation>Bases Attaché (*.db)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace the current data by {file}? The current state is backed up first.</source>
        <translation>Remplacer les données actuelles par {file} ? L’état actuel est sauvegardé d’abord.</translation>
    </message>
    <message>
        <source>Restored. The previous state is in {path}</source>
        <translation>Restauration faite. L’état précédent est dans {path}</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Attaché databases (*.db);;All files (*)</source>
        <translation>Bases Attaché (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>À propos d’Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché {version}&lt;/h3&gt;&lt;p&gt;Contacts, technology watch and programme deadlines for the science and technology attachés of French embassies.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché {version}&lt;/h3&gt;&lt;p&gt;Contacts, veille technologique et échéances des programmes pour les attachés scientifiques et technologiques des ambassades de France.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur : {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Save this mapping as</source>
        <translation>Enregistrer cette correspondance sous</translation>
    </message>
    <message>
        <source>a name, to map the next file from this sender</source>
        <translation>un nom, pour le prochain fichier de cet expéditeur</translation>
    </message>
    <message>
        <source>Save the mapping &amp;as:</source>
        <translation>Enregistrer la correspondance &amp;sous :</translation>
    </message>
    <message>
        <source>{rows} rows</source>
        <translation>{rows} ligne(s)</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>encodage {encoding}</translation>
    </message>
    <message>
        <source>header on row {row}</source>
        <translation>en-tête à la ligne {row}</translation>
    </message>
    <message>
        <source>no header row: columns recognised from their content</source>
        <translation>pas d&apos;en-tête : colonnes reconnues d&apos;après leur contenu</translation>
    </message>
    <message>
        <source>recognised as {program}</source>
        <translation>reconnu comme {program}</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Champ pour {column}</translation>
    </message>
    <message>
        <source>Map at least one column to a name or an e-mail.</source>
        <translation>Associez au moins une colonne à un nom ou à un courriel.</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <source>Type a name to add…</source>
        <translation>Tapez un nom pour l’ajouter…</translation>
    </message>
    <message>
        <source>Add to {what}</source>
        <translation>Ajouter à {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected {what}</source>
        <translation>Retirer : {what}</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Open the source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <source>IA, semi-conducteurs, 5G…</source>
        <translation>IA, semi-conducteurs, 5G…</translation>
    </message>
    <message>
        <source>Markdown: ## headings, - lists, **bold**…</source>
        <translation>Markdown : ## titres, - listes, **gras**…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Source &amp;address</source>
        <translation>&amp;Adresse de la source</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Sent to Paris on</source>
        <translation>Envoyée à Paris le</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Texte</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Native-script name</source>
        <translation>Nom dans l’é&amp;criture d’origine</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>International (E.164)</source>
        <translation>International (E.164)</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Native-script name</source>
        <translation>Nom dans l’é&amp;criture d’origine</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;Courriels</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Téléphones</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>No single organisation matches “{text}”: choose one from the list.</source>
        <translation>Aucune organisation unique ne correspond à « {text} » : choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>PostSettingsDialog</name>
    <message>
        <source>Welcome to Attaché</source>
        <translation>Bienvenue dans Attaché</translation>
    </message>
    <message>
        <source>Settings of the post</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <source>e.g. Bureau français de Taipei — Service scientifique</source>
        <translation>par ex. Bureau français de Taipei — Service scientifique</translation>
    </message>
    <message>
        <source>Load the example post (Taipei) to try Attaché</source>
        <translation>Charger le poste d’exemple (Taipei) pour essayer Attaché</translation>
    </message>
    <message>
        <source>Name of the &amp;post</source>
        <translation>Nom du &amp;poste</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Default &amp;phone region</source>
        <translation>Région &amp;téléphonique par défaut</translation>
    </message>
    <message>
        <source>&amp;Author of the reports</source>
        <translation>&amp;Auteur des rapports</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept</source>
        <translation>&amp;Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Attaché keeps your contacts, watch notes and programme deadlines on this computer. Tell it about your post; you can change this later in Tools › Settings of the post.</source>
        <translation>Attaché conserve vos contacts, vos notes de veille et les échéances des programmes sur cet ordinateur. Présentez-lui votre poste ; vous pourrez changer ces réglages dans Outils › Réglages du poste.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Nothing is written before you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous ne cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Résumé de l&apos;import</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Nouvelles fiches</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Action for this duplicate</source>
        <translation>Action pour ce doublon</translation>
    </message>
    <message>
        <source>Fields of the merge</source>
        <translation>Champs de la fusion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>This duplicate:</source>
        <translation>Ce doublon :</translation>
    </message>
    <message>
        <source>All duplicates:</source>
        <translation>Tous les doublons :</translation>
    </message>
    <message>
        <source>{action} every duplicate</source>
        <translation>{action} : tous les doublons</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>(organisation)</source>
        <translation>(organisme)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>Nouveau (%n)</numerusform>
            <numerusform>Nouveaux (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates (%n)</source>
        <translation>
            <numerusform>Doublon (%n)</numerusform>
            <numerusform>Doublons (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Erreur (%n)</numerusform>
            <numerusform>Erreurs (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations.</source>
        <translation>
            <numerusform>%n nouvel organisme.</numerusform>
            <numerusform>%n nouveaux organismes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This very file was already imported on {date} (import {batch}): importing it again creates nothing.</source>
        <translation>Ce même fichier a déjà été importé le {date} (import {batch}) : l&apos;importer de nouveau ne crée rien.</translation>
    </message>
    <message>
        <source>the file&apos;s value</source>
        <translation>la valeur du fichier</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Partner &amp;country</source>
        <translation>&amp;Pays partenaire</translation>
    </message>
    <message>
        <source>Partner &amp;agency</source>
        <translation>&amp;Agence partenaire</translation>
    </message>
    <message>
        <source>Source &amp;address</source>
        <translation>&amp;Adresse de la source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New {kind}</source>
        <translation>Nouvelle fiche : {kind}</translation>
    </message>
    <message>
        <source>{kind} — edit</source>
        <translation>{kind} — modifier</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Fiches liées</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Filter this list…  (Ctrl+F)</source>
        <translation>Filtrer cette liste…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>Number of records shown</source>
        <translation>Nombre de fiches affichées</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All kinds of organisation</source>
        <translation>Tous les types d’organisation</translation>
    </message>
    <message>
        <source>Without organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the chosen record</source>
        <translation>Ouvrir la fiche choisie</translation>
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
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cet import</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Not imported because</source>
        <translation>Non importé parce que</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>This file was already imported (import {batch}); nothing was created.</source>
        <translation>Ce fichier a déjà été importé (import {batch}) ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Import {batch}: {created} created, {updated} updated, {skipped} skipped, {errors} errors ({orgs} new organisations). It can be undone here or later from Tools › Import history.</source>
        <translation>Import {batch} : {created} créé(s), {updated} mis à jour, {skipped} ignoré(s), {errors} erreur(s) ({orgs} nouvel(s) organisme(s)). Il peut être annulé ici ou plus tard depuis Outils › Historique des imports.</translation>
    </message>
    <message>
        <source>Import {batch} was undone.</source>
        <translation>L&apos;import {batch} a été annulé.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Name, 陳, organisation, note, deadline…</source>
        <translation>Nom, 陳, organisation, note, échéance…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
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
    <name>Skeleton</name>
    <message>
        <source>Opening {where}…</source>
        <translation>Ouverture de {where}…</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message numerus="yes">
        <source>Tag %n record(s)</source>
        <translation>
            <numerusform>Étiqueter %n fiche</numerusform>
            <numerusform>Étiqueter %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>tags to add, comma-separated</source>
        <translation>étiquettes à ajouter, séparées par des virgules</translation>
    </message>
    <message>
        <source>tags to remove, comma-separated</source>
        <translation>étiquettes à retirer, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Étiquettes à ajouter</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Étiquettes à retirer</translation>
    </message>
    <message>
        <source>Known tags: {tags}</source>
        <translation>Étiquettes existantes : {tags}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Create {kind}</source>
        <translation>Créer : {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Modifier : {kind}</translation>
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
