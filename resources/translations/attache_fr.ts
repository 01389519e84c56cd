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
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>Upgrading {name} for this version of Attaché (a copy is kept)…</source>
        <translation>Mise à niveau de {name} pour cette version d’Attaché (une copie est conservée)…</translation>
    </message>
    <message>
        <source>This passphrase does not open it.</source>
        <translation>Cette phrase de passe ne l’ouvre pas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Loading the example data…</source>
        <translation>Chargement des données d’exemple…</translation>
    </message>
    <message>
        <source>your database</source>
        <translation>votre base</translation>
    </message>
</context>
<context>
    <name>AppCommandLine</name>
    <message>
        <source>database file</source>
        <translation>fichier de la base</translation>
    </message>
    <message>
        <source>language of the interface (default: the saved choice, French)</source>
        <translation>langue de l’interface (par défaut : le choix enregistré, le français)</translation>
    </message>
    <message>
        <source>save a PNG of each main view into DIR, then exit</source>
        <translation>enregistrer une image PNG de chaque vue principale dans DIR, puis quitter</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;French lab or team</source>
        <translation>Laboratoire ou équipe &amp;française</translation>
    </message>
    <message>
        <source>&amp;Partner lab or team</source>
        <translation>Laboratoire ou équipe &amp;partenaire</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Suite</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
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
    <message numerus="yes">
        <source>%n record(s) missing from the search index.</source>
        <translation>
            <numerusform>%n fiche manque dans l’index de recherche.</numerusform>
            <numerusform>%n fiches manquent dans l’index de recherche.</numerusform>
        </translation>
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
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
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
        <source>encrypt it (passphrase from ATTACHE_PASSPHRASE, or asked twice)</source>
        <translation>la chiffrer (phrase de passe dans ATTACHE_PASSPHRASE, ou demandée deux fois)</translation>
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
        <source>only the records matching these words (any spelling), whole names first</source>
        <translation>seulement les fiches qui contiennent ces mots (toutes graphies), les noms exacts d’abord</translation>
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
        <source>The daily backup could not be made: {reason}</source>
        <translation>La sauvegarde quotidienne n’a pas pu être faite : {reason}</translation>
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
        <source>Records deleted: {count}.</source>
        <translation>Fiches supprimées : {count}.</translation>
    </message>
    <message>
        <source>Records whose tags were updated: {count}.</source>
        <translation>Fiches dont les étiquettes ont changé : {count}.</translation>
    </message>
    <message>
        <source>Say which tags with --add or --remove.</source>
        <translation>Indiquez les étiquettes avec --add ou --remove.</translation>
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
        <source>Telephone numbers whose country is not their person&apos;s (to look at):</source>
        <translation>Numéros de téléphone dont le pays n&apos;est pas celui de leur personne (à vérifier) :</translation>
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
        <source>street of the postal address (\n between lines)</source>
        <translation>rue de l’adresse postale (\n entre les lignes)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>region, state or province</source>
        <translation>région, État ou province</translation>
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
        <source>when to review these data, YYYY-MM-DD (&quot;&quot; for never)</source>
        <translation>quand revoir ces données, AAAA-MM-JJ (&quot;&quot; pour jamais)</translation>
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
        <source>keep the note home: out of the hand-over and of sharing</source>
        <translation>garder la note pour soi : hors de la passation et du partage</translation>
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
        <source>public source of these facts</source>
        <translation>source publique de ces informations</translation>
    </message>
    <message>
        <source>stage template of its calls: phc, simple or none</source>
        <translation>modèle d’étapes de ses appels : phc, simple ou none</translation>
    </message>
    <message>
        <source>days before for reminders, e.g. 30,7,1 (&quot;&quot; for none)</source>
        <translation>jours avant pour les rappels, par exemple 30,7,1 (&quot;&quot; pour aucun)</translation>
    </message>
    <message>
        <source>copy the record to the network&apos;s database in Paris (through the hub)</source>
        <translation>copier la fiche dans la base du réseau à Paris (par le hub)</translation>
    </message>
    <message>
        <source>reminders are whole days separated by commas, e.g. 30,7,1</source>
        <translation>les rappels sont des nombres de jours séparés par des virgules, par exemple 30,7,1</translation>
    </message>
    <message>
        <source>the programmes followed (PHC, ARCUS, calls…)</source>
        <translation>les programmes suivis (PHC, ARCUS, appels…)</translation>
    </message>
    <message>
        <source>add the shipped catalogue&apos;s programmes missing here</source>
        <translation>ajouter les programmes du catalogue fourni qui manquent ici</translation>
    </message>
    <message>
        <source>create next year&apos;s call of a programme from its template</source>
        <translation>créer l’appel de l’an prochain d’un programme à partir de son modèle</translation>
    </message>
    <message>
        <source>programme (name or id)</source>
        <translation>programme (nom ou identifiant)</translation>
    </message>
    <message>
        <source>year of the call (default: next)</source>
        <translation>année de l’appel (par défaut : la suivante)</translation>
    </message>
    <message>
        <source>mark deadlines&apos; dates as checked</source>
        <translation>marquer les dates d’échéances comme vérifiées</translation>
    </message>
    <message>
        <source>deadline ids, e.g. 3,7,12</source>
        <translation>identifiants d’échéances, par exemple 3,7,12</translation>
    </message>
    <message>
        <source>reminders due, done, snoozed</source>
        <translation>rappels dus, faits, reportés</translation>
    </message>
    <message>
        <source>mark a reminder done (DEADLINE:DAYS)</source>
        <translation>marquer un rappel comme fait (ÉCHÉANCE:JOURS)</translation>
    </message>
    <message>
        <source>put a reminder off (DEADLINE:DAYS)</source>
        <translation>reporter un rappel (ÉCHÉANCE:JOURS)</translation>
    </message>
    <message>
        <source>how long to snooze (hours)</source>
        <translation>durée du report (heures)</translation>
    </message>
    <message>
        <source>applications received per call</source>
        <translation>candidatures reçues par appel</translation>
    </message>
    <message>
        <source>only this call (id)</source>
        <translation>seulement cet appel (identifiant)</translation>
    </message>
    <message>
        <source>add an application</source>
        <translation>ajouter une candidature</translation>
    </message>
    <message>
        <source>French lab or team</source>
        <translation>laboratoire ou équipe française</translation>
    </message>
    <message>
        <source>partner lab or team</source>
        <translation>laboratoire ou équipe partenaire</translation>
    </message>
    <message>
        <source>what came of it</source>
        <translation>suite donnée</translation>
    </message>
    <message>
        <source>change one</source>
        <translation>en modifier une</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) added from the catalogue.</source>
        <translation>
            <numerusform>%n programme ajouté depuis le catalogue.</numerusform>
            <numerusform>%n programmes ajoutés depuis le catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the call {title} with %n stage(s), dates to confirm:</source>
        <translation>
            <numerusform>Appel {title} créé avec %n étape, dates à confirmer :</numerusform>
            <numerusform>Appel {title} créé avec %n étapes, dates à confirmer :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) confirmed.</source>
        <translation>
            <numerusform>%n date confirmée.</numerusform>
            <numerusform>%n dates confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>full export read into a database that has some of its records: where a field differs, keep the newer record&apos;s value (default), the file&apos;s or the database&apos;s</source>
        <translation>export complet lu dans une base qui a déjà certaines de ses fiches : là où un champ diffère, garder la valeur de la fiche la plus récente (par défaut), celle du fichier ou celle de la base</translation>
    </message>
    <message>
        <source>Import {batch} (full export): {created}, {updated}. Undo it with: attache undo-import {batch}</source>
        <translation>Import {batch} (export complet) : {created}, {updated}. Pour l&apos;annuler : attache undo-import {batch}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n fiche créée</numerusform>
            <numerusform>%n fiches créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: full export of {post}, written {date}.</source>
        <translation>{file} : export complet de {post}, écrit le {date}.</translation>
    </message>
    <message>
        <source>This file was already imported (import {batch}).</source>
        <translation>Ce fichier a déjà été importé (import {batch}).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Values kept</source>
        <translation>Valeurs gardées</translation>
    </message>
    <message>
        <source>Fields that differ (the newer record wins unless --prefer says otherwise):</source>
        <translation>Champs qui diffèrent (la fiche la plus récente l&apos;emporte, sauf choix contraire avec --prefer) :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>Dans la base</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>erase a person and every trace of them (GDPR)</source>
        <translation>effacer une personne et toute trace d’elle (RGPD)</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>yes, erase for good (no undo)</source>
        <translation>oui, effacer définitivement (sans retour)</translation>
    </message>
    <message>
        <source>everything held about one person, as JSON (right of access)</source>
        <translation>tout ce qui est détenu sur une personne, en JSON (droit d’accès)</translation>
    </message>
    <message>
        <source>file (default: print)</source>
        <translation>fichier (par défaut : affichage)</translation>
    </message>
    <message>
        <source>persons whose data are due for review</source>
        <translation>personnes dont les données sont à revoir</translation>
    </message>
    <message>
        <source>Erasing person {id} cannot be undone: add --yes to confirm.</source>
        <translation>L’effacement de la personne {id} est définitif : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Erased {name}: the record, {links} links, {imports} import history entries; the file was rewritten.</source>
        <translation>{name} effacé·e : la fiche, {links} liens, {imports} entrées d’historique d’import ; le fichier a été réécrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before still hold this person (in {folder}).</source>
        <translation>
            <numerusform>%n sauvegarde antérieure contient encore cette personne (dans {folder}).</numerusform>
            <numerusform>%n sauvegardes antérieures contiennent encore cette personne (dans {folder}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still readable in the file: {words}</source>
        <translation>Encore lisible dans le fichier : {words}</translation>
    </message>
    <message>
        <source>Wrote what is held about person {id} to {file}.</source>
        <translation>Données détenues sur la personne {id} écrites dans {file}.</translation>
    </message>
    <message>
        <source>No person is due for review.</source>
        <translation>Aucune personne à revoir.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Snoozed until {when} (UTC).</source>
        <translation>Reporté jusqu’au {when} (UTC).</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Aucun rappel à faire.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Heure de Paris</translation>
    </message>
    <message>
        <source>Post time</source>
        <translation>Heure du poste</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Say which call with --call ID.</source>
        <translation>Indiquez l’appel avec --call ID.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>French team</source>
        <translation>Équipe française</translation>
    </message>
    <message>
        <source>Partner team</source>
        <translation>Équipe partenaire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite</translation>
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
        <source>encoding of a CSV/TSV file (cp1252, mac-roman, cp1250, shift-jis…; default: found from the bytes)</source>
        <translation>encodage d’un fichier CSV/TSV (cp1252, mac-roman, cp1250, shift-jis… ; par défaut : déduit des octets)</translation>
    </message>
    <message>
        <source>ignore this column (its header or its number; the option may be repeated)</source>
        <translation>ignorer cette colonne (son en-tête ou son numéro ; option répétable)</translation>
    </message>
    <message>
        <source>keep this column in the notes as « Header: value » instead of mapping it to a field (may be repeated)</source>
        <translation>garder cette colonne dans les notes sous la forme « En-tête : valeur » au lieu de l’associer à un champ (option répétable)</translation>
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
        <source>country whose national phone numbers the file holds, for rows that name no country (code or name: FR, Japon; default: the post&apos;s region)</source>
        <translation>pays des numéros de téléphone nationaux du fichier, pour les lignes qui n&apos;indiquent pas de pays (code ou nom : FR, Japon ; par défaut : la région du poste)</translation>
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
        <source>To check (kept in the notes, or not imported):</source>
        <translation>À vérifier (gardé dans les notes, ou non importé) :</translation>
    </message>
    <message>
        <source>Import {batch} undone: {removed}, {restored}.</source>
        <translation>Import {batch} annulé : {removed}, {restored}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n fiche retirée</numerusform>
            <numerusform>%n fiches retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <translation>
            <numerusform>%n rétablie</numerusform>
            <numerusform>%n rétablies</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Rien n&apos;a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>Columns of the file and where they go:</source>
        <translation>Colonnes du fichier et ce qu’elles deviennent :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Remplies</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Devient</translation>
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
        <source>Activities written for the dates of contact: {n}.</source>
        <translation>Activités créées pour les dates de contact : {n}.</translation>
    </message>
    <message>
        <source>Read as {encoding} ({name}).</source>
        <translation>Lu en {encoding} ({name}).</translation>
    </message>
    <message>
        <source>Values that look mis-decoded ({count}); if the names below are wrong, try another --encoding:</source>
        <translation>Valeurs qui semblent mal décodées ({count}) ; si les noms ci-dessous sont faux, essayez un autre --encoding :</translation>
    </message>
    <message>
        <source>Telephone numbers kept as typed, not valid in the country they were read with (no international form):</source>
        <translation>Numéros de téléphone gardés tels quels, non valides dans le pays avec lequel ils ont été lus (sans forme internationale) :</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>import contacts from CSV, Excel, vCard or LDIF, or read back a full export</source>
        <translation>importer des contacts (CSV, Excel, vCard, LDIF) ou relire un export complet</translation>
    </message>
    <message>
        <source>Import {batch}: {counts}. Undo it with: attache undo-import {batch}</source>
        <translation>Import {batch} : {counts}. Pour l’annuler : attache undo-import {batch}</translation>
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
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Add --force to undo anyway.</source>
        <translation>Ajoutez --force pour annuler malgré tout.</translation>
    </message>
    <message>
        <source>ids are whole numbers separated by commas, e.g. 3,7,12</source>
        <translation>les identifiants sont des nombres entiers séparés par des virgules, par exemple 3,7,12</translation>
    </message>
    <message>
        <source>only these ids (e.g. 3,7,12)</source>
        <translation>seulement ces identifiants (par exemple 3,7,12)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>seulement les fiches portant cette étiquette</translation>
    </message>
    <message>
        <source>only records of this country (ISO code)</source>
        <translation>seulement les fiches de ce pays (code ISO)</translation>
    </message>
    <message>
        <source>protect the workbook with a password (ATTACHE_EXPORT_PASSWORD, or asked)</source>
        <translation>protéger le classeur par un mot de passe (ATTACHE_EXPORT_PASSWORD, ou demandé)</translation>
    </message>
    <message>
        <source>write the report to Paris or other exports</source>
        <translation>écrire le rapport pour Paris ou d’autres exports</translation>
    </message>
    <message>
        <source>the Excel report to Paris</source>
        <translation>le rapport Excel pour Paris</translation>
    </message>
    <message>
        <source>2026, 2026-Q3, 2026-S1 or 2026-09</source>
        <translation>2026, 2026-Q3 (ou T3), 2026-S1 ou 2026-09</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>premier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>dernier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>only watch notes on these themes</source>
        <translation>seulement les notes de veille sur ces thèmes</translation>
    </message>
    <message>
        <source>include draft watch notes (left out by default)</source>
        <translation>inclure les notes de veille en brouillon (laissées de côté par défaut)</translation>
    </message>
    <message>
        <source>name the persons added or updated (personal data; by default they are only counted)</source>
        <translation>nommer les personnes ajoutées ou mises à jour (données personnelles ; par défaut elles sont seulement comptées)</translation>
    </message>
    <message>
        <source>the highlights of the period, for the cover (saved for the period)</source>
        <translation>les faits marquants de la période, pour la synthèse (enregistrés pour la période)</translation>
    </message>
    <message>
        <source>read the highlights from this UTF-8 text file</source>
        <translation>lire les faits marquants dans ce fichier texte UTF-8</translation>
    </message>
    <message>
        <source>every record to one workbook (readable by import)</source>
        <translation>toutes les fiches dans un classeur (relisible par l’import)</translation>
    </message>
    <message>
        <source>persons or organisations as CSV</source>
        <translation>personnes ou organisations en CSV</translation>
    </message>
    <message>
        <source>; for French Excel (default), , for others</source>
        <translation>; pour Excel en français (par défaut), , pour les autres</translation>
    </message>
    <message>
        <source>persons as vCard 3.0</source>
        <translation>personnes en vCard 3.0</translation>
    </message>
    <message>
        <source>one file per person in the new or empty folder OUT (Outlook for Windows reads only the first card of a file)</source>
        <translation>un fichier par personne dans le dossier OUT, nouveau ou vide (Outlook pour Windows ne lit que la première fiche d’un fichier)</translation>
    </message>
    <message>
        <source>deadlines as an iCalendar file</source>
        <translation>échéances en fichier iCalendar</translation>
    </message>
    <message>
        <source>only these deadlines</source>
        <translation>seulement ces échéances</translation>
    </message>
    <message>
        <source>also deadlines done, missed or cancelled</source>
        <translation>aussi les échéances faites, manquées ou annulées</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Donnez soit --period, soit --from et --to, pas les deux.</translation>
    </message>
    <message>
        <source>Say which period: --period 2026-Q3, or --from DATE --to DATE.</source>
        <translation>Indiquez la période : --period 2026-Q3, ou --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Cannot read the highlights from {file}: {reason}.</source>
        <translation>Impossible de lire les faits marquants dans {file} : {reason}.</translation>
    </message>
    <message>
        <source>Wrote the report for {period} to {file}.</source>
        <translation>Rapport ({period}) écrit dans {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {file}.</source>
        <translation>
            <numerusform>%n fiche écrite dans {file}.</numerusform>
            <numerusform>%n fiches écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {file} ({kind}).</source>
        <translation>
            <numerusform>%n fiche écrite dans {file} ({kind}).</numerusform>
            <numerusform>%n fiches écrites dans {file} ({kind}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to {file}.</source>
        <translation>
            <numerusform>%n échéance écrite dans {file}.</numerusform>
            <numerusform>%n échéances écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than Excel allows (32,767 characters) were cut.</source>
        <translation>
            <numerusform>%n cellule dépassait la limite d’Excel (32 767 caractères) et a été coupée.</numerusform>
            <numerusform>%n cellules dépassaient la limite d’Excel (32 767 caractères) et ont été coupées.</numerusform>
        </translation>
    </message>
    <message>
        <source>draft watch notes of the period: {count}.</source>
        <translation>brouillons de notes de veille de la période : {count}.</translation>
    </message>
    <message>
        <source>private watch notes of the period: {count} (kept at post).</source>
        <translation>notes de veille privées de la période : {count} (gardées au poste).</translation>
    </message>
    <message>
        <source>Passphrase of {path}: </source>
        <translation>Phrase de passe de {path} : </translation>
    </message>
    <message>
        <source>Give the password in {variable}, or run in a terminal.</source>
        <translation>Donnez le mot de passe dans {variable}, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>New passphrase ({count} characters or more): </source>
        <translation>Nouvelle phrase de passe ({count} caractères ou plus) : </translation>
    </message>
    <message>
        <source>Give the new passphrase in {variable}, or run in a terminal.</source>
        <translation>Donnez la nouvelle phrase de passe dans {variable}, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>La même, à nouveau : </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases de passe diffèrent ; rien n’a été changé.</translation>
    </message>
    <message>
        <source>encrypt the database (new passphrase: ATTACHE_NEW_PASSPHRASE)</source>
        <translation>chiffrer la base (nouvelle phrase de passe : ATTACHE_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>change the passphrase (ATTACHE_PASSPHRASE, ATTACHE_NEW_PASSPHRASE)</source>
        <translation>changer la phrase de passe (ATTACHE_PASSPHRASE, ATTACHE_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>remove the encryption</source>
        <translation>retirer le chiffrement</translation>
    </message>
    <message>
        <source>yes, store it in clear</source>
        <translation>oui, la stocker en clair</translation>
    </message>
    <message>
        <source>Give the passphrase of {path} in ATTACHE_PASSPHRASE.</source>
        <translation>Donnez la phrase de passe de {path} dans ATTACHE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>A safety copy was kept: {path}</source>
        <translation>Une copie de sécurité a été gardée : {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier backup(s) not encrypted; delete them if they must not be read: {paths}</source>
        <translation>
            <numerusform>%n sauvegarde antérieure n’est pas chiffrée ; supprimez-la si elle ne doit pas être lue : {paths}</numerusform>
            <numerusform>%n sauvegardes antérieures ne sont pas chiffrées ; supprimez-les si elles ne doivent pas être lues : {paths}</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Il n’y a pas de base à {path}.</translation>
    </message>
    <message>
        <source>{path} is now encrypted.</source>
        <translation>{path} est maintenant chiffrée.</translation>
    </message>
    <message>
        <source>The passphrase of {path} was changed.</source>
        <translation>La phrase de passe de {path} a été changée.</translation>
    </message>
    <message>
        <source>Decrypting stores every record in clear: add --yes to confirm.</source>
        <translation>Déchiffrer stocke toutes les fiches en clair : ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} n’est plus chiffrée.</translation>
    </message>
    <message>
        <source>put the reports of several posts side by side (no database)</source>
        <translation>mettre côte à côte les rapports de plusieurs postes (sans base de données)</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>le classeur à écrire</translation>
    </message>
    <message>
        <source>the reports are protected by a password (ATTACHE_REPORT_PASSWORD, or asked)</source>
        <translation>les rapports sont protégés par un mot de passe (ATTACHE_REPORT_PASSWORD, ou demandé)</translation>
    </message>
    <message>
        <source>Password of the reports: </source>
        <translation>Mot de passe des rapports : </translation>
    </message>
    <message>
        <source>Consolidated 1 report into {file}.</source>
        <translation>1 rapport consolidé dans {file}.</translation>
    </message>
    <message>
        <source>Consolidated {count} reports into {file}.</source>
        <translation>{count} rapports consolidés dans {file}.</translation>
    </message>
    <message>
        <source>share with the team through the hub: one round, or connect</source>
        <translation>partager avec l’équipe par le concentrateur : un tour, ou se connecter</translation>
    </message>
    <message>
        <source>connect this database to a hub&apos;s database</source>
        <translation>relier cette base à une base du concentrateur</translation>
    </message>
    <message>
        <source>address of the database (https://server/db)</source>
        <translation>adresse de la base (https://serveur/base)</translation>
    </message>
    <message>
        <source>user name on the hub (default: the system&apos;s)</source>
        <translation>nom d’utilisateur sur le concentrateur (par défaut : celui du système)</translation>
    </message>
    <message>
        <source>when the last round ran, what waits</source>
        <translation>quand a eu lieu le dernier tour, ce qui attend</translation>
    </message>
    <message>
        <source>changes of colleagues waiting for a choice</source>
        <translation>modifications de collègues en attente d’un choix</translation>
    </message>
    <message>
        <source>choose the value to keep</source>
        <translation>choisir la valeur à garder</translation>
    </message>
    <message>
        <source>this desktop&apos;s value or the colleague&apos;s (both: keep two look-alike persons)</source>
        <translation>la valeur de ce poste ou celle du collègue (both : garder deux personnes semblables)</translation>
    </message>
    <message>
        <source>only this field (default: every field)</source>
        <translation>seulement ce champ (par défaut : tous les champs)</translation>
    </message>
    <message>
        <source>Password of {user} on {url}: </source>
        <translation>Mot de passe de {user} sur {url} : </translation>
    </message>
    <message>
        <source>Give the hub password in {variable}, or run in a terminal.</source>
        <translation>Donnez le mot de passe du concentrateur dans {variable}, ou lancez la commande dans un terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to {url} as {user}: the hub holds %n document(s).</source>
        <translation>
            <numerusform>Connecté à {url} en tant que {user} : le concentrateur contient %n document.</numerusform>
            <numerusform>Connecté à {url} en tant que {user} : le concentrateur contient %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring: give it in {variable} for each round.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau du système : donnez-le dans {variable} à chaque tour.</translation>
    </message>
    <message>
        <source>Not connected to a hub.</source>
        <translation>Non relié à un concentrateur.</translation>
    </message>
    <message>
        <source>Hub: {url} (as {user}). Last round: {last}. Changes waiting: {waiting}. Conflicts: {conflicts}.</source>
        <translation>Concentrateur : {url} (en tant que {user}). Dernier tour : {last}. Modifications en attente : {waiting}. Conflits : {conflicts}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Dernière erreur : {error}</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; conflicts waiting: {conflicts}.</source>
        <translation>Envoyés : {pushed}, reçus : {pulled} ; conflits en attente : {conflicts}.</translation>
    </message>
    <message>
        <source>Erased {name} at a colleague&apos;s request.</source>
        <translation>{name} effacé(e) à la demande d’un collègue.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardée</translation>
    </message>
    <message>
        <source>Conflict {id} ({record}) resolved; the choice is sent at the next round.</source>
        <translation>Conflit {id} ({record}) résolu ; le choix part au prochain tour.</translation>
    </message>
    <message>
        <source>No conflict waits.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
    <message>
        <source>this desktop</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <source>the changes of one record, newest first (also once deleted)</source>
        <translation>les modifications d’une fiche, les plus récentes d’abord (même supprimée)</translation>
    </message>
    <message>
        <source>person, organisation, note, activity, programme, call, deadline or application</source>
        <translation>personne, organisme, note, activité, programme, appel, échéance ou candidature</translation>
    </message>
    <message>
        <source>the record&apos;s id, or its uuid once deleted</source>
        <translation>l’identifiant de la fiche, ou son uuid une fois supprimée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>write the hand-over package for your successor (a protected workbook)</source>
        <translation>écrire le dossier de passation pour votre successeur (un classeur protégé)</translation>
    </message>
    <message>
        <source>protect it with a password (the default; ATTACHE_PACKAGE_PASSWORD, or asked twice); --no-protect is refused for an encrypted database</source>
        <translation>le protéger par un mot de passe (par défaut ; ATTACHE_PACKAGE_PASSWORD, ou demandé deux fois) ; --no-protect est refusé pour une base chiffrée</translation>
    </message>
    <message>
        <source>hand over the persons whose review date has come too (left out by default)</source>
        <translation>transmettre aussi les personnes dont la date de révision est arrivée (exclues par défaut)</translation>
    </message>
    <message>
        <source>Wrote the hand-over package {file}, protected by its password.</source>
        <translation>Dossier de passation écrit : {file}, protégé par son mot de passe.</translation>
    </message>
    <message>
        <source>Wrote the hand-over package {file}, NOT protected.</source>
        <translation>Dossier de passation écrit : {file}, SANS protection.</translation>
    </message>
    <message>
        <source>Left out: {what}</source>
        <translation>Exclu : {what}</translation>
    </message>
    <message>
        <source>Password of {file}: </source>
        <translation>Mot de passe de {file} : </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Person {id} ({name}): “{number}” is stored as {e164}, a number of {where}, but the person is in {country}.</source>
        <translation>Personne {id} ({name}) : « {number} » est enregistré comme {e164} (numéro du pays : {where}), mais le pays de la personne est : {country}.</translation>
    </message>
    <message>
        <source>“{number}” is now read as {new} (a number of {new_where}); it was {old} (a number of {old_where}). National numbers are read with the person&apos;s country.</source>
        <translation>« {number} » se lit maintenant {new} (numéro du pays : {new_where}) ; il se lisait {old} (numéro du pays : {old_where}). Les numéros nationaux se lisent avec le pays de la personne.</translation>
    </message>
    <message>
        <source>no international number</source>
        <translation>aucun numéro international</translation>
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
        <source>Private</source>
        <translation>Privée</translation>
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
        <source>Call (id)</source>
        <translation>Appel (n°)</translation>
    </message>
    <message>
        <source>Persons (ids)</source>
        <translation>Personnes (n°)</translation>
    </message>
    <message>
        <source>Organisations (ids)</source>
        <translation>Organismes (n°)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>Identifiant (uuid)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{title} (date to confirm)</source>
        <translation>{title} (date à confirmer)</translation>
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
        <source>Postal address</source>
        <translation>Adresse postale</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep the &amp;colleague&apos;s</source>
        <translation>Garder celle du &amp;collègue</translation>
    </message>
    <message>
        <source>Keep &amp;both persons</source>
        <translation>Garder les &amp;deux personnes</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>kept, with changes</source>
        <translation>gardée, avec des modifications</translation>
    </message>
    <message>
        <source>another person with the same e-mail</source>
        <translation>une autre personne avec le même courriel</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Duplicate?</source>
        <translation>Doublon ?</translation>
    </message>
    <message>
        <source>Two colleagues changed the same field differently. The record shows the value that reached the hub first; choose the one to keep.</source>
        <translation>Deux collègues ont modifié le même champ différemment. La fiche montre la valeur arrivée la première sur le concentrateur ; choisissez celle à garder.</translation>
    </message>
    <message>
        <source>No conflict waits.</source>
        <translation>Aucun conflit en attente.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Team sharing</source>
        <translation>Partage d’équipe</translation>
    </message>
    <message>
        <source>Share this post&apos;s contacts, notes, activities, deadlines and programmes with the team through the post&apos;s hub. Private notes stay on this computer; the hub copies to Paris only the records marked « Share with Paris ».</source>
        <translation>Partagez les contacts, les notes, les activités, les échéances et les programmes du poste avec l’équipe par le hub du poste. Les notes privées restent sur cet ordinateur ; le hub ne copie vers Paris que les fiches marquées « Partager avec Paris ».</translation>
    </message>
    <message>
        <source>Hub database address:</source>
        <translation>Adresse de la base du concentrateur :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>&amp;Test and connect</source>
        <translation>&amp;Tester et se connecter</translation>
    </message>
    <message>
        <source>Give the address, the user name and the password.</source>
        <translation>Donnez l’adresse, le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>Consolidate</name>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>the report is protected by a password; give it to read the report.</source>
        <translation>le rapport est protégé par un mot de passe ; donnez-le pour lire le rapport.</translation>
    </message>
    <message>
        <source>the password given does not open this report.</source>
        <translation>le mot de passe donné n’ouvre pas ce rapport.</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>ce n’est pas un classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>the workbook is damaged.</source>
        <translation>le classeur est endommagé.</translation>
    </message>
    <message>
        <source>it is not a report to Paris written by Attaché.</source>
        <translation>ce n’est pas un rapport pour Paris écrit par Attaché.</translation>
    </message>
    <message>
        <source>it comes from an incompatible release of Attaché (report layout {found}; this release reads layout {known}).</source>
        <translation>il vient d’une version incompatible d’Attaché (présentation {found} ; cette version lit la présentation {known}).</translation>
    </message>
    <message>
        <source>its « Indicateurs » sheet is missing or altered.</source>
        <translation>sa feuille « Indicateurs » manque ou a été modifiée.</translation>
    </message>
    <message>
        <source>its « Indicateurs » sheet holds a value that is not a number.</source>
        <translation>sa feuille « Indicateurs » contient une valeur qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>{file}: another report of {post} for {period} ({first}) was read first; this one is not counted.</source>
        <translation>{file} : un autre rapport de {post} pour {period} ({first}) a déjà été lu ; celui-ci n’est pas compté.</translation>
    </message>
    <message>
        <source>no file was given.</source>
        <translation>aucun fichier n’a été donné.</translation>
    </message>
    <message>
        <source>No report could be read: {reasons}</source>
        <translation>Aucun rapport n’a pu être lu : {reasons}</translation>
    </message>
    <message>
        <source>Network of posts — consolidated reports</source>
        <translation>Réseau des postes — rapports consolidés</translation>
    </message>
    <message>
        <source>Indicators by post</source>
        <translation>Indicateurs par poste</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Total {period}</source>
        <translation>Total {period}</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No watch note in these reports.</source>
        <translation>Aucune note de veille dans ces rapports.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Date (Paris time)</source>
        <translation>Date (heure de Paris)</translation>
    </message>
    <message>
        <source>Programme or call</source>
        <translation>Programme ou appel</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No upcoming deadline in these reports.</source>
        <translation>Aucune échéance à venir dans ces rapports.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Key figures by post — {period}</source>
        <translation>Chiffres clés par poste — {period}</translation>
    </message>
</context>
<context>
    <name>ConsolidateDialog</name>
    <message>
        <source>Consolidate reports</source>
        <translation>Consolider des rapports</translation>
    </message>
    <message>
        <source>Reports to Paris written by Attaché at several posts: each key figure by post and period with totals, the watch notes of every post by theme, the upcoming deadlines, and a chart. A file that is not a report is skipped with the reason; two reports of the same post and period are counted once.</source>
        <translation>Rapports pour Paris écrits par Attaché dans plusieurs postes : chaque chiffre clé par poste et par période avec les totaux, les notes de veille de tous les postes par thème, les échéances à venir et un graphique. Un fichier qui n’est pas un rapport est laissé de côté avec la raison ; deux rapports du même poste et de la même période ne comptent qu’une fois.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Add reports…</source>
        <translation>&amp;Ajouter des rapports…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Password of the reports</source>
        <translation>Mot de passe des rapports</translation>
    </message>
    <message>
        <source>only for reports protected by a password</source>
        <translation>seulement pour des rapports protégés par un mot de passe</translation>
    </message>
    <message>
        <source>Save the consolidation</source>
        <translation>Enregistrer la consolidation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>&amp;Consolider</translation>
    </message>
    <message>
        <source>Reports to consolidate</source>
        <translation>Rapports à consolider</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{file} is one of the reports: choose another file to write.</source>
        <translation>{file} est l’un des rapports : choisissez un autre fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Consolidating %n report(s)…</source>
        <translation>
            <numerusform>Consolidation de %n rapport…</numerusform>
            <numerusform>Consolidation de %n rapports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) consolidated into {file}.</source>
        <translation>
            <numerusform>%n rapport consolidé dans {file}.</numerusform>
            <numerusform>%n rapports consolidés dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: what you were doing may not have finished. Your data is safe (every change is saved whole or not at all), and Attaché goes on.</source>
        <translation>Une erreur inattendue s’est produite : ce que vous faisiez n’a peut-être pas abouti. Vos données sont intactes (chaque modification est enregistrée entièrement ou pas du tout) et Attaché continue.</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <source>The details could not be written to the log folder.</source>
        <translation>Les détails n’ont pas pu être écrits dans le dossier des journaux.</translation>
    </message>
    <message>
        <source>Please send them to whoever looks after Attaché for you.</source>
        <translation>Merci de les transmettre à la personne qui s’occupe d’Attaché pour vous.</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>{path} is open in another Attaché window or program: close it first.</source>
        <translation>{path} est ouverte dans une autre fenêtre d’Attaché ou un autre programme : fermez-la d’abord.</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path} est déjà chiffrée.</translation>
    </message>
    <message>
        <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
        <translation>Le chiffrement n’est pas disponible dans cette installation (le paquet sqlcipher3 manque).</translation>
    </message>
    <message>
        <source>The passphrase does not open {path} (or it is not an Attaché database).</source>
        <translation>La phrase de passe n’ouvre pas {path} (ou ce n’est pas une base d’Attaché).</translation>
    </message>
    <message>
        <source>Attaché is locked: type the passphrase to go on.</source>
        <translation>Attaché est verrouillé : tapez la phrase de passe pour continuer.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Une phrase de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>{path} is not encrypted (any more): open it without a passphrase.</source>
        <translation>{path} n’est pas (ou plus) chiffrée : ouvrez-la sans phrase de passe.</translation>
    </message>
    <message>
        <source>{path} is not encrypted but this database is: decrypt the database first to restore a plain backup.</source>
        <translation>{path} n’est pas chiffrée mais cette base l’est : déchiffrez d’abord la base pour restaurer une sauvegarde en clair.</translation>
    </message>
    <message>
        <source>{path} is encrypted (or not an Attaché backup): it needs the passphrase.</source>
        <translation>{path} est chiffrée (ou n’est pas une sauvegarde d’Attaché) : il faut sa phrase de passe.</translation>
    </message>
    <message>
        <source>The database {path} is being encrypted: nothing was saved. Try again in a moment.</source>
        <translation>La base {path} est en cours de chiffrement : rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The passphrase of the database {path} is being changed: nothing was saved. Try again in a moment.</source>
        <translation>La phrase de passe de la base {path} est en train de changer : rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The encryption of the database {path} is being removed: nothing was saved. Try again in a moment.</source>
        <translation>Le chiffrement de la base {path} est en train d’être retiré : rien n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A backup is being restored into the database {path}: nothing was saved. Try again in a moment.</source>
        <translation>Une sauvegarde est en cours de restauration dans la base {path} : rien n’a été enregistré. Réessayez dans un instant.</translation>
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
        <source>Deadline in</source>
        <translation>Échéance dans</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Rappels à faire</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>The selected reminders are dealt with</source>
        <translation>Les rappels sélectionnés sont traités</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récentes</translation>
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
        <source>Watch notes</source>
        <translation>Notes de veille</translation>
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
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Aucun rappel à faire.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on the Deadlines page</source>
        <translation>
            <numerusform>… et %n autre sur la page Échéances</numerusform>
            <numerusform>… et %n autres sur la page Échéances</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose data are due for review</source>
        <translation>
            <numerusform>%n personne dont les données sont à revoir</numerusform>
            <numerusform>%n personnes dont les données sont à revoir</numerusform>
        </translation>
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
        <source>The change was refused by the database {path}: it would break a link between records or repeat what must be unique ({error}). Nothing was saved.</source>
        <translation>La base {path} a refusé la modification : elle romprait un lien entre fiches ou répéterait ce qui doit être unique ({error}). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>There is not enough memory to work on the database {path}: nothing was saved. Close other programs and try again.</source>
        <translation>La mémoire manque pour travailler sur la base {path} : rien n’a été enregistré. Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>A value is too large for the database {path}: nothing was saved.</source>
        <translation>Une valeur est trop grande pour la base {path} : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The database {path} was replaced while it was open (encrypted, given a new passphrase, decrypted or restored by another Attaché): nothing was saved. Open it again and try again.</source>
        <translation>La base {path} a été remplacée pendant qu’elle était ouverte (chiffrée, dotée d’une nouvelle phrase de passe, déchiffrée ou restaurée par un autre Attaché) : rien n’a été enregistré. Rouvrez-la et réessayez.</translation>
    </message>
    <message>
        <source>The database {path} reported an error: {error}.</source>
        <translation>La base {path} a signalé une erreur : {error}.</translation>
    </message>
    <message>
        <source>The database {path} is no longer reachable (drive removed, folder moved or deleted): nothing was saved. Reconnect the drive, then open it again.</source>
        <translation>La base {path} n’est plus accessible (lecteur retiré, dossier déplacé ou supprimé) : rien n’a été enregistré. Rebranchez le lecteur, puis rouvrez-la.</translation>
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
        <source>{path} cannot be written: {error}.</source>
        <translation>{path} ne peut pas être écrit : {error}.</translation>
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
        <source>{path} is not an Attaché database, or it is encrypted (give its passphrase: ATTACHE_PASSPHRASE), or damaged; it was left untouched.</source>
        <translation>{path} n’est pas une base d’Attaché, ou elle est chiffrée (donnez sa phrase de passe : ATTACHE_PASSPHRASE), ou endommagée ; elle n’a pas été modifiée.</translation>
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
    <name>DatabaseTools</name>
    <message numerus="yes">
        <source>%n stored telephone number(s) belong to another country than their person&apos;s: see the details. Saving such a record again reads a national number with the person&apos;s country.</source>
        <translation>
            <numerusform>%n numéro de téléphone enregistré appartient à un autre pays que celui de sa personne : voir le détail. Enregistrer de nouveau la fiche lit un numéro national avec le pays de la personne.</numerusform>
            <numerusform>%n numéros de téléphone enregistrés appartiennent à un autre pays que celui de leur personne : voir le détail. Enregistrer de nouveau une telle fiche lit un numéro national avec le pays de la personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backing the database up…</source>
        <translation>Sauvegarde de la base…</translation>
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
        <source>Checking the database…</source>
        <translation>Vérification de la base…</translation>
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
        <source>Restoring {file}…</source>
        <translation>Restauration de {file}…</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Loading the example data…</source>
        <translation>Chargement des données d’exemple…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase {name} and every trace of them from this database?</source>
        <translation>Effacer {name} et toute trace de cette personne de la base ?</translation>
    </message>
    <message>
        <source>The record, its links, its search entries and its import history are removed and the file is rewritten. This cannot be undone; backups made before keep their copy.</source>
        <translation>La fiche, ses liens, ses entrées de recherche et son historique d’import sont supprimés et le fichier est réécrit. C’est définitif ; les sauvegardes antérieures gardent leur copie.</translation>
    </message>
    <message>
        <source>{name} erased.</source>
        <translation>{name} effacé·e.</translation>
    </message>
    <message>
        <source>Still readable in the file: {words}</source>
        <translation>Encore lisible dans le fichier : {words}</translation>
    </message>
    <message>
        <source>Erasing {name} and rewriting the file…</source>
        <translation>Effacement de {name} et réécriture du fichier…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type {example} or 2026-11-28</source>
        <translation>Tapez {example} ou 2026-11-28</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation>Une date est nécessaire.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {example} or 2026-11-28.</source>
        <translation>« {text} » n’est pas une date : tapez-la sous la forme {example} ou 2026-11-28.</translation>
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
        <source>Date to confirm (made from last year&apos;s call)</source>
        <translation>Date à confirmer (reprise de l’appel de l’an dernier)</translation>
    </message>
    <message>
        <source>e.g. 30, 7, 1 — empty: no reminder</source>
        <translation>par exemple 30, 7, 1 — vide : aucun rappel</translation>
    </message>
    <message>
        <source>Days before the deadline when a reminder is shown (and set in the .ics)</source>
        <translation>Jours avant l’échéance où un rappel s’affiche (et figure dans le .ics)</translation>
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
        <source>&amp;Reminders (days before)</source>
        <translation>&amp;Rappels (jours avant)</translation>
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
    <message>
        <source>Write whole days separated by commas, e.g. 30, 7, 1.</source>
        <translation>Écrivez des nombres de jours séparés par des virgules, par exemple 30, 7, 1.</translation>
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
        <source>Prepare next year&apos;s call</source>
        <translation>Préparer l’appel de l’an prochain</translation>
    </message>
    <message>
        <source>Creates the next edition of the selected programme&apos;s call with its stages, from last year&apos;s dates (or the programme&apos;s template), marked to confirm.</source>
        <translation>Crée l’édition suivante de l’appel du programme choisi avec ses étapes, aux dates de l’an dernier (ou du modèle du programme), marquées à confirmer.</translation>
    </message>
    <message>
        <source>Confirm the dates</source>
        <translation>Confirmer les dates</translation>
    </message>
    <message>
        <source>The selected deadlines&apos; dates are checked: no longer “to confirm”.</source>
        <translation>Les dates des échéances sélectionnées sont vérifiées : elles ne sont plus « à confirmer ».</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Applications to the selected call</source>
        <translation>Candidatures à l’appel choisi</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Nouvelle candidature…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>Choose a programme first.</source>
        <translation>Choisissez d’abord un programme.</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n stage(s) created, dates to confirm.</source>
        <translation>
            <numerusform>{title} : %n étape créée, date à confirmer.</numerusform>
            <numerusform>{title} : %n étapes créées, dates à confirmer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications to {call}: {count}</source>
        <translation>Candidatures à {call} : {count}</translation>
    </message>
    <message>
        <source>Delete the application</source>
        <translation>Supprimer la candidature</translation>
    </message>
    <message>
        <source>Delete the application “{title}”?</source>
        <translation>Supprimer la candidature « {title} » ?</translation>
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
    <name>Encryption</name>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Retrait du chiffrement…</translation>
    </message>
    <message>
        <source>The database is encrypted. A safety copy was kept: {path}</source>
        <translation>La base est chiffrée. Une copie de sécurité a été conservée : {path}</translation>
    </message>
    <message>
        <source>The passphrase was changed. A safety copy was kept: {path}</source>
        <translation>La phrase de passe a été changée. Une copie de sécurité a été conservée : {path}</translation>
    </message>
    <message>
        <source>The database is no longer encrypted. A safety copy was kept: {path}</source>
        <translation>La base n’est plus chiffrée. Une copie de sécurité a été conservée : {path}</translation>
    </message>
    <message>
        <source>Earlier backups of this database that are not encrypted: {count}. Anyone who has them can read them. Delete them now?</source>
        <translation>Sauvegardes antérieures de cette base qui ne sont pas chiffrées : {count}. Quiconque les détient peut les lire. Les supprimer maintenant ?</translation>
    </message>
    <message>
        <source>The earlier backups in clear were deleted.</source>
        <translation>Les sauvegardes antérieures en clair ont été supprimées.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the disk is full.</source>
        <translation>le disque est plein.</translation>
    </message>
    <message>
        <source>writing there is not allowed (permission denied).</source>
        <translation>l’écriture n’y est pas autorisée (permission refusée).</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>Impossible d’écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Un mot de passe doit compter au moins {count} caractères.</translation>
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
        <translation>Veille</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
    <message>
        <source>A full export of an Attaché database, to be read back whole with File › Import or « attache import ».</source>
        <translation>Export complet d&apos;une base Attaché, à relire en entier par Fichier › Importer ou « attache import ».</translation>
    </message>
    <message>
        <source>Version of this file&apos;s layout.</source>
        <translation>Version de la disposition de ce fichier.</translation>
    </message>
    <message>
        <source>Version of Attaché that wrote it.</source>
        <translation>Version d&apos;Attaché qui l&apos;a écrit.</translation>
    </message>
    <message>
        <source>Post whose database this is.</source>
        <translation>Poste dont c&apos;est la base.</translation>
    </message>
    <message>
        <source>When it was written (UTC).</source>
        <translation>Date d&apos;écriture (UTC).</translation>
    </message>
    <message>
        <source>Sheet of this kind of record; rows: {count}.</source>
        <translation>Feuille de ce type de fiches ; lignes : {count}.</translation>
    </message>
    <message>
        <source>Attaché — full export — {post}</source>
        <translation>Attaché — export complet — {post}</translation>
    </message>
    <message>
        <source>Made with Attaché {version}</source>
        <translation>Réalisé avec Attaché {version}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>“{text}” is not a period: write a year (2026), a quarter (2026-Q3), a half year (2026-S1) or a month (2026-09).</source>
        <translation>« {text} » n’est pas une période : écrivez une année (2026), un trimestre (2026-T3), un semestre (2026-S1) ou un mois (2026-09).</translation>
    </message>
    <message>
        <source>{what}: “{text}” is not a date (YYYY-MM-DD).</source>
        <translation>{what} : « {text} » n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}).</source>
        <translation>la période finit ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>There is no {kind} with the id {id}.</source>
        <translation>Aucune fiche « {kind} » ne porte l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Only persons and organisations go to CSV.</source>
        <translation>Seules les personnes et les organisations s’exportent en CSV.</translation>
    </message>
    <message>
        <source>All day: {date}</source>
        <translation>Toute la journée : {date}</translation>
    </message>
    <message>
        <source>Paris time: {when}</source>
        <translation>Heure de Paris : {when}</translation>
    </message>
    <message>
        <source>Post time: {when}</source>
        <translation>Heure du poste : {when}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable : {name}</translation>
    </message>
    <message>
        <source>Deadline at D-{days}: {title}</source>
        <translation>Échéance à J-{days} : {title}</translation>
    </message>
    <message>
        <source>Deadlines — {post}</source>
        <translation>Échéances — {post}</translation>
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
        <source>Native name</source>
        <translation>Nom natif</translation>
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
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty: choose a new or empty folder.</source>
        <translation>Le dossier {folder} n’est pas vide : choisissez un dossier nouveau ou vide.</translation>
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
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {file}.</source>
        <translation>
            <numerusform>%n fiche écrite dans {file}.</numerusform>
            <numerusform>%n fiches écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than Excel allows (32,767 characters) were cut.</source>
        <translation>
            <numerusform>%n cellule dépassait la limite d’Excel (32 767 caractères) et a été coupée.</numerusform>
            <numerusform>%n cellules dépassaient la limite d’Excel (32 767 caractères) et ont été coupées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
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
        <source>the post&apos;s region ({country})</source>
        <translation>la région du poste ({country})</translation>
    </message>
    <message>
        <source>Country of the telephone numbers</source>
        <translation>Pays des numéros de téléphone</translation>
    </message>
    <message>
        <source>National numbers (without +) are read with the country of their row, else of their organisation, else this one. A number that is not valid there is kept as typed and listed before anything is written.</source>
        <translation>Les numéros nationaux (sans +) sont lus avec le pays de leur ligne, sinon celui de leur organisme, sinon celui-ci. Un numéro qui n&apos;y est pas valide est gardé tel quel et signalé avant toute écriture.</translation>
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
        <source>&amp;Telephones of rows without a country:</source>
        <translation>&amp;Téléphones des lignes sans pays :</translation>
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
    <name>FullImport</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Persons linked</source>
        <translation>Personnes liées</translation>
    </message>
    <message>
        <source>Organisations linked</source>
        <translation>Organisations liées</translation>
    </message>
</context>
<context>
    <name>FullPage</name>
    <message>
        <source>Full export of an Attaché database</source>
        <translation>Export complet d&apos;une base Attaché</translation>
    </message>
    <message>
        <source>Nothing is written before you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
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
        <source>Records per kind</source>
        <translation>Fiches par type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Values kept</source>
        <translation>Valeurs gardées</translation>
    </message>
    <message>
        <source>Where a field differs</source>
        <translation>Là où un champ diffère</translation>
    </message>
    <message>
        <source>the newer record&apos;s value (an empty one never wins)</source>
        <translation>la valeur de la fiche la plus récente (une valeur vide ne l&apos;emporte jamais)</translation>
    </message>
    <message>
        <source>the file&apos;s value</source>
        <translation>la valeur du fichier</translation>
    </message>
    <message>
        <source>the database&apos;s value</source>
        <translation>la valeur de la base</translation>
    </message>
    <message>
        <source>Where a field differs, keep:</source>
        <translation>Là où un champ diffère, garder :</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>Dans la base</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>Prendre celle du fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>{file}: full export of {post}, written {date}.</source>
        <translation>{file} : export complet de {post}, écrit le {date}.</translation>
    </message>
    <message>
        <source>This very file was already imported (import {batch}); importing it again writes nothing.</source>
        <translation>Ce même fichier a déjà été importé (import {batch}) ; l&apos;importer de nouveau n&apos;écrit rien.</translation>
    </message>
</context>
<context>
    <name>FullResultPage</name>
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
        <source>This file was already imported (import {batch}); nothing was created.</source>
        <translation>Ce fichier a déjà été importé (import {batch}) ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Import {batch}: {created}, {updated}. It can be undone here or later from Tools › Import history.</source>
        <translation>Import {batch} : {created}, {updated}. Il peut être annulé ici ou plus tard depuis Outils › Historique des imports.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n fiche créée</numerusform>
            <numerusform>%n fiches créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {created}, {updated}.</source>
        <translation>{kind} : {created}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créée</numerusform>
            <numerusform>%n créées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {batch} was undone.</source>
        <translation>L&apos;import {batch} a été annulé.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Watch note: {status}</source>
        <translation>Note de veille : {status}</translation>
    </message>
    <message>
        <source>Deadline passed, still open</source>
        <translation>Échéance passée, toujours ouverte</translation>
    </message>
    <message>
        <source>Date to confirm</source>
        <translation>Date à confirmer</translation>
    </message>
    <message>
        <source>Application awaiting its outcome</source>
        <translation>Candidature en attente de réponse</translation>
    </message>
    <message>
        <source>D-{days}</source>
        <translation>J-{days}</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Note de passation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation>Contacts clés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>(no contact recorded in this organisation)</source>
        <translation>(aucun contact enregistré dans cette organisation)</translation>
    </message>
    <message>
        <source>persons: {n}</source>
        <translation>personnes : {n}</translation>
    </message>
    <message>
        <source>organisations: {n}</source>
        <translation>organisations : {n}</translation>
    </message>
    <message>
        <source>watch notes: {n}</source>
        <translation>notes de veille : {n}</translation>
    </message>
    <message>
        <source>activities: {n}</source>
        <translation>activités : {n}</translation>
    </message>
    <message>
        <source>programmes: {n}</source>
        <translation>programmes : {n}</translation>
    </message>
    <message>
        <source>deadlines: {n}</source>
        <translation>échéances : {n}</translation>
    </message>
    <message>
        <source>Hand-over note — {post}</source>
        <translation>Note de passation — {post}</translation>
    </message>
    <message>
        <source>For the successor at the post: the network, the follow-ups and the calendar to take over. The other sheets of this workbook hold every record; Attaché imports them with Fichier › Importer or « Reprendre le réseau de mon prédécesseur ».</source>
        <translation>Pour le successeur au poste : le réseau, les suivis et le calendrier à reprendre. Les autres feuilles de ce classeur contiennent toutes les fiches ; Attaché les importe par Fichier › Importer ou « Reprendre le réseau de mon prédécesseur ».</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>In this package</source>
        <translation>Contenu du dossier</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>1. Key organisations and contacts by theme</source>
        <translation>1. Organisations et contacts clés par thème</translation>
    </message>
    <message>
        <source>For each watch theme, the organisations its notes cite most, and the persons of each the post worked with most (linked to the theme&apos;s notes, then met most often).</source>
        <translation>Pour chaque thème de veille, les organisations que ses notes citent le plus, et dans chacune les personnes avec qui le poste a le plus travaillé (liées aux notes du thème, puis les plus rencontrées).</translation>
    </message>
    <message>
        <source>(no watch note links an organisation yet)</source>
        <translation>(aucune note de veille n’est encore liée à une organisation)</translation>
    </message>
    <message>
        <source>{theme} — watch notes: {count}</source>
        <translation>{theme} — notes de veille : {count}</translation>
    </message>
    <message>
        <source>(no organisation linked to these notes)</source>
        <translation>(aucune organisation liée à ces notes)</translation>
    </message>
    <message>
        <source>Other frequent partners</source>
        <translation>Autres partenaires fréquents</translation>
    </message>
    <message>
        <source>2. Open follow-ups</source>
        <translation>2. Suivis en cours</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>(nothing open)</source>
        <translation>(rien en cours)</translation>
    </message>
    <message>
        <source>3. Deadlines and reminders of the next 12 months</source>
        <translation>3. Échéances et rappels des 12 prochains mois</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due (post time)</source>
        <translation>Date (heure du poste)</translation>
    </message>
    <message>
        <source>Paris time</source>
        <translation>Heure de Paris</translation>
    </message>
    <message>
        <source>Programme — stage</source>
        <translation>Programme — étape</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>In charge</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>(no open deadline in the next 12 months)</source>
        <translation>(aucune échéance ouverte dans les 12 prochains mois)</translation>
    </message>
    <message>
        <source>4. Programmes followed</source>
        <translation>4. Programmes suivis</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Calls recorded</source>
        <translation>Appels enregistrés</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>(no programme recorded)</source>
        <translation>(aucun programme enregistré)</translation>
    </message>
    <message>
        <source>Private watch notes: {count} (kept home).</source>
        <translation>Notes de veille privées : {count} (gardées au poste).</translation>
    </message>
    <message>
        <source>Persons whose review date has come: {count} (not handed over).</source>
        <translation>Personnes dont la date de révision est arrivée : {count} (non transmises).</translation>
    </message>
    <message>
        <source>Persons whose review date has come: {count}, handed over all the same (the author&apos;s choice).</source>
        <translation>Personnes dont la date de révision est arrivée : {count}, transmises tout de même (choix de l’auteur).</translation>
    </message>
    <message>
        <source>The database is encrypted, so its hand-over package must be protected by a password.</source>
        <translation>La base est chiffrée : son dossier de passation doit donc être protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Le mot de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is damaged or incomplete ({detail}).</source>
        <translation>{file} ne peut pas être ouvert : il est endommagé ou incomplet ({detail}).</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is damaged or incomplete.</source>
        <translation>{file} ne peut pas être ouvert : il est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>{file} is too large to be a hand-over package.</source>
        <translation>{file} est trop volumineux pour être un dossier de passation.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>{file} is protected by a password: give it.</source>
        <translation>{file} est protégé par un mot de passe : indiquez-le.</translation>
    </message>
    <message>
        <source>The password does not open {file}: check it with the sender.</source>
        <translation>Le mot de passe n’ouvre pas {file} : vérifiez-le auprès de l’expéditeur.</translation>
    </message>
    <message>
        <source>{file} is a protected workbook, not a hand-over package of Attaché; nothing was imported.</source>
        <translation>{file} est un classeur protégé, pas un dossier de passation d’Attaché ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} is a hand-over package of version {found}, made by a newer Attaché; update Attaché to read it (this one reads version {known}).</source>
        <translation>{file} est un dossier de passation de version {found}, fait par un Attaché plus récent ; mettez Attaché à jour pour le lire (celui-ci lit la version {known}).</translation>
    </message>
    <message>
        <source>{file} is a hand-over package of version {found}, which this Attaché does not read (it reads version {known}); ask for a new package.</source>
        <translation>{file} est un dossier de passation de version {found}, que cet Attaché ne lit pas (il lit la version {known}) ; demandez un nouveau dossier.</translation>
    </message>
    <message>
        <source>{file} cannot be opened here: {reason}</source>
        <translation>{file} ne peut pas être ouvert ici : {reason}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
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
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Hand-over package</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>Everything your successor needs to take over the post&apos;s network, in one Excel workbook: a hand-over note to read or print (key organisations and contacts by theme, open follow-ups, the next 12 months&apos; deadlines, the programmes followed), then every record, which Attaché imports whole.</source>
        <translation>Tout ce dont votre successeur a besoin pour reprendre le réseau du poste, dans un seul classeur Excel : une note de passation à lire ou imprimer (organisations et contacts clés par thème, suivis en cours, échéances des 12 prochains mois, programmes suivis), puis toutes les fiches, qu’Attaché importe en entier.</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le dossier</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Records left out</source>
        <translation>Fiches exclues</translation>
    </message>
    <message>
        <source>&amp;Hand over the persons whose review date has come as well ({count})</source>
        <translation>&amp;Transmettre aussi les personnes dont la date de révision est arrivée ({count})</translation>
    </message>
    <message>
        <source>&amp;Protect the package with a password</source>
        <translation>&amp;Protéger le dossier par un mot de passe</translation>
    </message>
    <message>
        <source>Protect the package with a password</source>
        <translation>Protéger le dossier par un mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for it too, so your successor can read the note without Attaché. Give it by another channel than the file (in person, by telephone).</source>
        <translation>Excel et LibreOffice le demandent aussi : votre successeur peut lire la note sans Attaché. Transmettez-le par un autre canal que le fichier (de vive voix, par téléphone).</translation>
    </message>
    <message>
        <source>Without a password, anyone who gets the file can read every contact in it.</source>
        <translation>Sans mot de passe, quiconque obtient le fichier peut lire tous les contacts qu’il contient.</translation>
    </message>
    <message>
        <source>The database is encrypted: its hand-over package is always protected.</source>
        <translation>La base est chiffrée : son dossier de passation est toujours protégé.</translation>
    </message>
    <message>
        <source>&amp;Write the package</source>
        <translation>É&amp;crire le dossier</translation>
    </message>
    <message>
        <source>Nothing: every record goes in.</source>
        <translation>Rien : toutes les fiches sont transmises.</translation>
    </message>
    <message>
        <source>Private note — {title}</source>
        <translation>Note privée — {title}</translation>
    </message>
    <message>
        <source>Due for review — {name}</source>
        <translation>À réviser — {name}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverRun</name>
    <message>
        <source>Hand-over package</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>Writing the hand-over package {file}…</source>
        <translation>Écriture du dossier de passation {file}…</translation>
    </message>
    <message>
        <source>Hand-over package written</source>
        <translation>Dossier de passation écrit</translation>
    </message>
    <message>
        <source>The hand-over package {file} is written, protected by its password.</source>
        <translation>Le dossier de passation {file} est écrit, protégé par son mot de passe.</translation>
    </message>
    <message>
        <source>The hand-over package {file} is written, without a password.</source>
        <translation>Le dossier de passation {file} est écrit, sans mot de passe.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>“{word}” is not a kind of record: person, organisation, note, activity, programme, call, deadline or application.</source>
        <translation>« {word} » n’est pas un type de fiche : personne, organisme, note, activité, programme, appel, échéance ou candidature.</translation>
    </message>
    <message>
        <source>There is no {kind} {ref}, and the history knows none.</source>
        <translation>Aucune fiche « {kind} » {ref}, et l’historique n’en connaît aucune.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>import {id} ({file})</source>
        <translation>import {id} ({file})</translation>
    </message>
    <message>
        <source>synchronisation with {peer}</source>
        <translation>synchronisation avec {peer}</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>restore of a backup</source>
        <translation>restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>already there when the history began</source>
        <translation>déjà présente au début de l’historique</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
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
        <source>Native name</source>
        <translation>Nom natif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source of the dates</source>
        <translation>Source des dates</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure limite</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Dates to confirm</source>
        <translation>Dates à confirmer</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Reminders done or snoozed</source>
        <translation>Rappels faits ou reportés</translation>
    </message>
    <message>
        <source>French team</source>
        <translation>Équipe française</translation>
    </message>
    <message>
        <source>Partner team</source>
        <translation>Équipe partenaire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <source>Shared with Paris</source>
        <translation>Partagée avec Paris</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>reporté</translation>
    </message>
    <message>
        <source>D-{days}: {state}</source>
        <translation>J-{days} : {state}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Import</name>
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
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Région / État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({date})?</source>
        <translation>Annuler l’import de {file} ({date}) ?</translation>
    </message>
    <message>
        <source>Persons it created: {persons} and organisations: {organisations} will be deleted; persons it updated: {updated} and organisations it completed: {completed} get their previous values back.</source>
        <translation>Personnes qu’il a créées : {persons} et organismes : {organisations} seront supprimés ; personnes qu’il a modifiées : {updated} et organismes qu’il a complétés : {completed} retrouvent leurs valeurs précédentes.</translation>
    </message>
    <message>
        <source>Other records it created: {created} will be deleted; other records it changed: {updated} get their previous values back.</source>
        <translation>Autres fiches qu&apos;il a créées : {created} seront supprimées ; autres fiches qu&apos;il a modifiées : {updated} retrouveront leurs valeurs d&apos;avant.</translation>
    </message>
    <message>
        <source>Import undone. Deleted: {removed}. Given their previous values back: {restored}. Organisations kept because other persons joined them: {kept}.</source>
        <translation>Import annulé. Supprimés : {removed}. Remis à leurs valeurs précédentes : {restored}. Organisations conservées parce que d’autres personnes les ont rejointes : {kept}.</translation>
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
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Read as a number of</source>
        <translation>Lu comme un numéro de</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of import {batch} changed after it: {names}. Undoing would lose those changes; confirm to undo anyway.</source>
        <translation>
            <numerusform>%n fiche de l&apos;import {batch} a été modifiée depuis : {names}. Annuler l&apos;import ferait perdre cette modification ; confirmez pour annuler malgré tout.</numerusform>
            <numerusform>%n fiches de l&apos;import {batch} ont été modifiées depuis : {names}. Annuler l&apos;import ferait perdre ces modifications ; confirmez pour annuler malgré tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Native name: {value}</source>
        <translation>Nom d’origine : {value}</translation>
    </message>
    <message>
        <source>Acronym: {value}</source>
        <translation>Sigle : {value}</translation>
    </message>
    <message>
        <source>City: {value}</source>
        <translation>Ville : {value}</translation>
    </message>
    <message>
        <source>Imported from {file}, {where}.</source>
        <translation>Importé de {file}, {where}.</translation>
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
        <source>the file holds more than {max:,} contacts, the most one import takes; split it into smaller files. Nothing was imported.</source>
        <translation>le fichier contient plus de {max:,} contacts, le maximum d’une importation ; découpez-le en fichiers plus petits. Rien n’a été importé.</translation>
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
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15)</source>
        <translation>Europe occidentale (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Europe occidentale (Mac Roman)</translation>
    </message>
    <message>
        <source>Western European (DOS 850)</source>
        <translation>Europe occidentale (DOS 850)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europe centrale (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Europe centrale (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillique (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillique (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Grec (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Turc (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Balte (Windows-1257)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Japonais (Shift-JIS)</translation>
    </message>
    <message>
        <source>Japanese (EUC-JP)</source>
        <translation>Japonais (EUC-JP)</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>Chinois traditionnel (Big5)</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030)</source>
        <translation>Chinois simplifié (GB18030)</translation>
    </message>
    <message>
        <source>Korean (Windows-949)</source>
        <translation>Coréen (Windows-949)</translation>
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
        <source>“{encoding}” is not an encoding this program knows.</source>
        <translation>« {encoding} » n’est pas un encodage connu de ce programme.</translation>
    </message>
    <message>
        <source>bytes that are not {encoding} text; choose another encoding.</source>
        <translation>des octets qui ne sont pas du texte {encoding} ; choisissez un autre encodage.</translation>
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
        <source>Other address</source>
        <translation>Autre adresse</translation>
    </message>
    <message>
        <source>Custom field 1</source>
        <translation>Champ personnalisé 1</translation>
    </message>
    <message>
        <source>Custom field 2</source>
        <translation>Champ personnalisé 2</translation>
    </message>
    <message>
        <source>Custom field 3</source>
        <translation>Champ personnalisé 3</translation>
    </message>
    <message>
        <source>Custom field 4</source>
        <translation>Champ personnalisé 4</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>(kept in the notes)</source>
        <translation>(gardée dans les notes)</translation>
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
        <source>Address (in one cell)</source>
        <translation>Adresse (dans une seule cellule)</translation>
    </message>
    <message>
        <source>Date of contact (an activity)</source>
        <translation>Date de contact (une activité)</translation>
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
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Added on (kept from a hand-over)</source>
        <translation>Ajouté le (conservé lors d’une passation)</translation>
    </message>
    <message>
        <source>Label of the next column</source>
        <translation>Libellé de la colonne suivante</translation>
    </message>
    <message>
        <source>{read}: {found}.</source>
        <translation>{read} : {found}.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) read from {file}</source>
        <translation>
            <numerusform>%n contact lu dans {file}</numerusform>
            <numerusform>%n contacts lus dans {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is already known: this row completes it (notes, tags, empty fields).</source>
        <translation>« {name} » est déjà connu : cette ligne le complète (notes, étiquettes, champs vides).</translation>
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
        <source>Review date: {value}</source>
        <translation>Date de révision : {value}</translation>
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
        <source>{header}: {value}</source>
        <translation>{header} : {value}</translation>
    </message>
    <message>
        <source>“{value}” ({header}) is not a date; kept in the notes.</source>
        <translation>« {value} » ({header}) n’est pas une date ; gardé dans les notes.</translation>
    </message>
    <message>
        <source>Added on: {value}</source>
        <translation>Ajouté le : {value}</translation>
    </message>
    <message>
        <source>“{value}” is not a telephone number; kept in the notes.</source>
        <translation>« {value} » n’est pas un numéro de téléphone ; conservé dans les notes.</translation>
    </message>
    <message>
        <source>not imported, Attaché keeps no pictures, sounds or keys: {what}.</source>
        <translation>non importé, Attaché ne garde ni images, ni sons, ni clés : {what}.</translation>
    </message>
    <message>
        <source>Language: {value}</source>
        <translation>Langue : {value}</translation>
    </message>
    <message>
        <source>Structured name: {value}</source>
        <translation>Nom structuré : {value}</translation>
    </message>
    <message>
        <source>Job title: {value}</source>
        <translation>Fonction : {value}</translation>
    </message>
    <message>
        <source>Department: {value}</source>
        <translation>Service : {value}</translation>
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
        <source>this is not a regular file (a pipe, a device or a socket); only files are read.</source>
        <translation>ce n’est pas un fichier ordinaire (un tube, un périphérique ou une socket) ; seuls les fichiers sont lus.</translation>
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
        <source>the file holds a header row ({headers}) but no contact under it; nothing was imported.</source>
        <translation>le fichier contient une ligne d’en-tête ({headers}) mais aucun contact en dessous ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <source>kept in the notes as « {header}: value », except Outlook&apos;s value for nothing entered (Normal, False, Unspecified)</source>
        <translation>gardée dans les notes : « {header} : valeur », sauf la valeur d’Outlook pour « rien de saisi » (Normal, Faux, Non spécifié)</translation>
    </message>
    <message>
        <source>kept in the notes as « {header}: value »</source>
        <translation>gardée dans les notes : « {header} : valeur »</translation>
    </message>
    <message>
        <source>ignored (it repeats other columns)</source>
        <translation>ignorée (elle répète d’autres colonnes)</translation>
    </message>
    <message>
        <source>ignored (your choice)</source>
        <translation>ignorée (votre choix)</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nom en écriture d’origine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>{where}, {field}: {count}</source>
        <translation>{where}, {field} : {count}</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform> ; et %n autre</numerusform>
            <numerusform> ; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Control characters removed: {total} ({places}).</source>
        <translation>Caractères de contrôle retirés : {total} ({places}).</translation>
    </message>
    <message>
        <source>Read the sheet « {sheet} »; not read: {others}.</source>
        <translation>Feuille lue : « {sheet} » ; non lues : {others}.</translation>
    </message>
    <message>
        <source>Above the header, not read as contacts: {rows}.</source>
        <translation>Au-dessus de l’en-tête, non lu comme contacts : {rows}.</translation>
    </message>
    <message>
        <source>Totals rows, not read as contacts: {rows}.</source>
        <translation>Lignes de total, non lues comme contacts : {rows}.</translation>
    </message>
    <message>
        <source>Notes under the table, not read as contacts: {rows}.</source>
        <translation>Notes sous le tableau, non lues comme contacts : {rows}.</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>this line is {n:,} characters long; a contact list has no such lines.</source>
        <translation>cette ligne compte {n:,} caractères ; une liste de contacts n&apos;a pas de telles lignes.</translation>
    </message>
    <message>
        <source>the CSV cannot be read ({error}).</source>
        <translation>le CSV ne peut pas être lu ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with more values than the header has columns ({width}): {where}. A value probably holds an unquoted delimiter; nothing was imported.</source>
        <translation>
            <numerusform>%n ligne a plus de valeurs que l&apos;en-tête n&apos;a de colonnes ({width}) : {where}. Une valeur contient sans doute un séparateur non protégé par des guillemets ; rien n&apos;a été importé.</numerusform>
            <numerusform>%n lignes ont plus de valeurs que l&apos;en-tête n&apos;a de colonnes ({width}) : {where}. Une valeur contient sans doute un séparateur non protégé par des guillemets ; rien n&apos;a été importé.</numerusform>
        </translation>
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
        <source>this is a binary Excel workbook (.xlsb), which is not read; save it as .xlsx in Excel and import that.</source>
        <translation>c’est un classeur Excel binaire (.xlsb), qui n’est pas lu ; enregistrez-le au format .xlsx dans Excel et importez ce fichier.</translation>
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
        <source>the worksheet “{sheet}” reaches row {rows:,}; an import takes at most {max:,} contacts (split the file). Nothing was read.</source>
        <translation>la feuille « {sheet} » va jusqu’à la ligne {rows:,} ; une importation prend au plus {max:,} contacts (découpez le fichier). Rien n’a été lu.</translation>
    </message>
    <message>
        <source>the worksheet “{sheet}” spans {rows:,} rows by {columns:,} columns ({cells:,} cells, a cell far away from the others?); above {max:,} cells a sheet is not read. Nothing was imported.</source>
        <translation>la feuille « {sheet} » s’étend sur {rows:,} lignes et {columns:,} colonnes ({cells:,} cellules : une cellule loin des autres ?) ; au-delà de {max:,} cellules, une feuille n’est pas lue. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({error}).</source>
        <translation>le classeur ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, row {row}, column {column}</source>
        <translation>feuille « {sheet} », ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, row {row}</source>
        <translation>feuille « {sheet} », ligne {row}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has no column {columns}: it is not the sheet of a full export, or it was edited.</source>
        <translation>la feuille « {sheet} » n&apos;a pas de colonne {columns} : ce n&apos;est pas la feuille d&apos;un export complet, ou elle a été modifiée.</translation>
    </message>
    <message>
        <source>this is not a full export of Attaché.</source>
        <translation>ce n&apos;est pas un export complet d&apos;Attaché.</translation>
    </message>
    <message>
        <source>this full export was made by an earlier version of Attaché, before records had identities; it cannot be read back whole. Its persons can still be imported as a contact list: choose its first sheet (attache import FILE --sheet NAME).</source>
        <translation>cet export complet a été fait par une version antérieure d&apos;Attaché, avant que les fiches aient une identité ; il ne peut pas être relu en entier. Ses personnes peuvent encore être importées comme une liste de contacts : choisissez sa première feuille (attache import FICHIER --sheet NOM).</translation>
    </message>
    <message>
        <source>this full export has version {found} of the layout, and this Attaché reads version {known}; it was made by a newer Attaché (update this one) or it is damaged.</source>
        <translation>cet export complet a la version {found} de la disposition, et cet Attaché lit la version {known} ; il a été fait par un Attaché plus récent (mettez celui-ci à jour) ou il est abîmé.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” does not say which sheet holds the {kind}.</source>
        <translation>la feuille « {sheet} » ne dit pas quelle feuille contient : {kind}.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” ({kind}) is missing; the file is not whole, nothing was imported.</source>
        <translation>la feuille « {sheet} » ({kind}) manque ; le fichier n&apos;est pas complet, rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the workbook has no sheet.</source>
        <translation>le classeur n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>its last sheet, “{sheet}”, is not the « About » sheet of a full export (columns key, value, meaning); the file was edited or is damaged.</source>
        <translation>sa dernière feuille, « {sheet} », n&apos;est pas la feuille « À propos » d&apos;un export complet (colonnes key, value, meaning) ; le fichier a été modifié ou est abîmé.</translation>
    </message>
    <message>
        <source>“{value}” is not an identity (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e).</source>
        <translation>« {value} » n&apos;est pas une identité (un UUID comme 0f8fad5b-d9cb-469f-a165-70867728950e).</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>« {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“{value}” is not an identity (a UUID).</source>
        <translation>« {value} » n&apos;est pas une identité (un UUID).</translation>
    </message>
    <message>
        <source>row {row} has the same identity; each record is once in its sheet.</source>
        <translation>la ligne {row} a la même identité ; chaque fiche n&apos;est qu&apos;une fois dans sa feuille.</translation>
    </message>
    <message>
        <source>a tag needs a name.</source>
        <translation>une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>a setting needs a key.</source>
        <translation>un réglage doit avoir une clé.</translation>
    </message>
    <message>
        <source>it refers to {value}, which is in neither the sheet “{sheet}” nor the database; the file is not whole.</source>
        <translation>elle renvoie à {value}, qui n&apos;est ni dans la feuille « {sheet} » ni dans la base ; le fichier n&apos;est pas complet.</translation>
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
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire (autre date)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Profil sur un réseau social</translation>
    </message>
    <message>
        <source>Geographic position</source>
        <translation>Position géographique</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Related person</source>
        <translation>Personne liée</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Phonetic given name</source>
        <translation>Prénom (lecture phonétique)</translation>
    </message>
    <message>
        <source>Phonetic family name</source>
        <translation>Nom (lecture phonétique)</translation>
    </message>
    <message>
        <source>Phonetic middle name</source>
        <translation>Second prénom (lecture phonétique)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Free/busy calendar</source>
        <translation>Agenda des disponibilités</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Adresse (étiquette)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Loisir</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Centre d’intérêt</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Phonetic name</source>
        <translation>Nom (lecture phonétique)</translation>
    </message>
    <message>
        <source>Address ({label})</source>
        <translation>Adresse ({label})</translation>
    </message>
    <message>
        <source>no vCard (BEGIN:VCARD) in this file.</source>
        <translation>aucune vCard (BEGIN:VCARD) dans ce fichier.</translation>
    </message>
    <message>
        <source>“{encoding}” is not an encoding this program knows (for example: utf-8, cp1252, iso8859-15, mac-roman, cp1250, shift-jis, big5, gb18030, cp949).</source>
        <translation>« {encoding} » n’est pas un encodage connu de ce programme (par exemple : utf-8, cp1252, iso8859-15, mac-roman, cp1250, shift-jis, big5, gb18030, cp949).</translation>
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
    <message>
        <source>{file} has no column “{name}” (columns: {columns}).</source>
        <translation>{file} n’a pas de colonne « {name} » (colonnes : {columns}).</translation>
    </message>
    <message>
        <source>{file} is not a table: it has no columns to ignore or keep.</source>
        <translation>{file} n’est pas un tableau : il n’a pas de colonnes à ignorer ou à garder.</translation>
    </message>
    <message>
        <source>“{value}” is not a country with telephone numbers (for example FR, JP).</source>
        <translation>« {value} » n&apos;est pas un pays doté de numéros de téléphone (par exemple FR, JP).</translation>
    </message>
    <message>
        <source>“{value}” is not a choice ({choices}).</source>
        <translation>« {value} » n&apos;est pas un choix possible ({choices}).</translation>
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
        <source>Encoding</source>
        <translation>Encodage</translation>
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
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
        <translation>Le chiffrement n’est pas disponible dans cette installation (le paquet sqlcipher3 manque).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
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
        <source>&amp;Report to Paris…</source>
        <translation>&amp;Rapport pour Paris…</translation>
    </message>
    <message>
        <source>&amp;Consolidate reports…</source>
        <translation>&amp;Consolider des rapports…</translation>
    </message>
    <message>
        <source>&amp;Everything (Excel workbook)…</source>
        <translation>&amp;Tout (classeur Excel)…</translation>
    </message>
    <message>
        <source>&amp;Hand-over…</source>
        <translation>&amp;Passation…</translation>
    </message>
    <message>
        <source>&amp;Contacts shown, as CSV…</source>
        <translation>&amp;Contacts affichés, en CSV…</translation>
    </message>
    <message>
        <source>Contacts shown, as &amp;vCard…</source>
        <translation>Contacts affichés, en &amp;vCard…</translation>
    </message>
    <message>
        <source>Contacts shown, one vCard file each (for O&amp;utlook)…</source>
        <translation>Contacts affichés, un fichier vCard chacun (pour O&amp;utlook)…</translation>
    </message>
    <message>
        <source>One .vcf file per person in a new folder: Outlook for Windows reads only the first card of a file</source>
        <translation>Un fichier .vcf par personne dans un nouveau dossier : Outlook pour Windows ne lit que la première fiche d’un fichier</translation>
    </message>
    <message>
        <source>&amp;Organisations shown, as CSV…</source>
        <translation>&amp;Organisations affichées, en CSV…</translation>
    </message>
    <message>
        <source>&amp;Deadlines shown, as a calendar (.ics)…</source>
        <translation>Échéances affichées, en &amp;agenda (.ics)…</translation>
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
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Hide everything until the passphrase is typed again (encrypted databases)</source>
        <translation>Tout masquer jusqu’à ce que la phrase de passe soit retapée (bases chiffrées)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Chiffrer la base…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Remove the encryption…</source>
        <translation>&amp;Retirer le chiffrement…</translation>
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
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
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
        <source>E&amp;ncryption</source>
        <translation>Chi&amp;ffrement</translation>
    </message>
    <message>
        <source>Lock &amp;automatically</source>
        <translation>Verrouillage &amp;automatique</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After 5 minutes without use</source>
        <translation>Après 5 minutes d’inactivité</translation>
    </message>
    <message>
        <source>After 15 minutes without use</source>
        <translation>Après 15 minutes d’inactivité</translation>
    </message>
    <message>
        <source>After 30 minutes without use</source>
        <translation>Après 30 minutes d’inactivité</translation>
    </message>
    <message>
        <source>After an hour without use</source>
        <translation>Après une heure d’inactivité</translation>
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
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Writing every record to {file}…</source>
        <translation>Écriture de toutes les fiches dans {file}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>This list is empty: there is nothing to export.</source>
        <translation>Cette liste est vide : il n’y a rien à exporter.</translation>
    </message>
    <message>
        <source>Export {count} {kind}</source>
        <translation>Exporter {count} {kind}</translation>
    </message>
    <message>
        <source>Data of {name}</source>
        <translation>Données de {name}</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d’accès</translation>
    </message>
    <message>
        <source>Everything held about {name} written to {file}</source>
        <translation>Toutes les données sur {name} écrites dans {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n échéance</numerusform>
            <numerusform>%n échéances</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} — {counts}</source>
        <translation>{path} — {counts}</translation>
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
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Names as read</source>
        <translation>Noms tels que lus</translation>
    </message>
    <message>
        <source>Names that look mis-decoded</source>
        <translation>Noms qui semblent mal décodés</translation>
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
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
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
        <source>Where the values of this column go: a field, the notes of the person (as « {header}: value »), or nowhere when you ignore the column.</source>
        <translation>Ce que deviennent les valeurs de cette colonne : un champ, les notes de la personne (« {header} : valeur »), ou rien si vous ignorez la colonne.</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(votre choix)</translation>
    </message>
    <message>
        <source>(found in the file)</source>
        <translation>(déduit du fichier)</translation>
    </message>
    <message>
        <source>Names as read: {names}</source>
        <translation>Noms tels que lus : {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n values look mis-decoded ({values}): if names read wrong, choose another encoding.</source>
        <translation>
            <numerusform>%n valeur semble mal décodée ({values}) : si des noms sont faux, choisissez un autre encodage.</numerusform>
            <numerusform>%n valeurs semblent mal décodées ({values}) : si des noms sont faux, choisissez un autre encodage.</numerusform>
        </translation>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Chiffrer la base</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Remove the encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Every record of {name}, its search index and its future backups will be encrypted (AES-256). Without the passphrase nobody — not even you — can read them again: keep it somewhere safe.</source>
        <translation>Toutes les fiches de {name}, son index de recherche et ses futures sauvegardes seront chiffrés (AES-256). Sans la phrase de passe, personne — pas même vous — ne pourra plus les lire : conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Type the current passphrase of {name}, then the new one twice.</source>
        <translation>Tapez la phrase de passe actuelle de {name}, puis deux fois la nouvelle.</translation>
    </message>
    <message>
        <source>{name} will be stored in clear again: anyone who has the file can read it. Type the passphrase to confirm.</source>
        <translation>{name} sera de nouveau enregistrée en clair : quiconque détient le fichier pourra la lire. Tapez la phrase de passe pour confirmer.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>This is not the current passphrase.</source>
        <translation>Ce n’est pas la phrase de passe actuelle.</translation>
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
        <source>Pri&amp;vate: kept out of the hand-over and of sharing</source>
        <translation>Pri&amp;vée : gardée hors de la passation et du partage</translation>
    </message>
    <message>
        <source>A private note stays in this database: it is left out of the hand-over package to your successor and is not shared with the team.</source>
        <translation>Une note privée reste dans cette base : elle est exclue du dossier de passation remis à votre successeur et n’est pas partagée avec l’équipe.</translation>
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
    <name>Notifier</name>
    <message>
        <source>Open Attaché</source>
        <translation>Ouvrir Attaché</translation>
    </message>
    <message>
        <source>Deadline reminder</source>
        <translation>Rappel d’échéance</translation>
    </message>
    <message>
        <source>{count} deadline reminders</source>
        <translation>{count} rappels d’échéances</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>PackageDialog</name>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le dossier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Already the same</source>
        <translation>Déjà identiques</translation>
    </message>
    <message>
        <source>Take over my predecessor&apos;s network</source>
        <translation>Reprendre le réseau de mon prédécesseur</translation>
    </message>
    <message>
        <source>Choose the hand-over package your predecessor left you (an Excel workbook) and type its password. You will see what it holds before anything is imported, and you can undo the import.</source>
        <translation>Choisissez le dossier de passation laissé par votre prédécesseur (un classeur Excel) et tapez son mot de passe. Vous verrez ce qu’il contient avant toute importation, et vous pourrez annuler l’import.</translation>
    </message>
    <message>
        <source>Hand-over package</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Password of the package</source>
        <translation>Mot de passe du dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation>Contenu du dossier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cet import</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This package was already imported (import {batch}).</source>
        <translation>Ce dossier a déjà été importé (import {batch}).</translation>
    </message>
    <message>
        <source>Imported (import {batch}): {created}, {merged}. You can undo it here, or later in File › Import history.</source>
        <translation>Importé (import {batch}) : {created}, {merged}. Vous pouvez l’annuler ici, ou plus tard dans Fichier › Historique des imports.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n fiche créée</numerusform>
            <numerusform>%n fiches créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionnée</numerusform>
            <numerusform>%n fusionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {batch} undone.</source>
        <translation>Import {batch} annulé.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base chiffrée</translation>
    </message>
    <message>
        <source>Attaché is locked. Type the passphrase of {name} to go on.</source>
        <translation>Attaché est verrouillé. Tapez la phrase de passe de {name} pour continuer.</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type its passphrase to open it.</source>
        <translation>{name} est chiffrée. Tapez sa phrase de passe pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s keyring</source>
        <translation>La mémoriser dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>At least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Au moins {count} caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Too short: at least {count} characters.</source>
        <translation>Trop courte : au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Weak: guessed quickly (a common word, a name, a date or a keyboard pattern). Add another word or two.</source>
        <translation>Faible : vite devinée (un mot courant, un nom, une date ou une suite de touches). Ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <source>Fair: add another uncommon word to make it strong.</source>
        <translation>Correcte : ajoutez un mot peu courant pour la rendre forte.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>It needs at least {count} characters.</source>
        <translation>Il faut au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two entries differ: type it again.</source>
        <translation>Les deux saisies diffèrent : tapez-la de nouveau.</translation>
    </message>
    <message>
        <source>This is not the passphrase.</source>
        <translation>Ce n’est pas la phrase de passe.</translation>
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
        <source>Street, building, post office box…</source>
        <translation>Rue, bâtiment, boîte postale…</translation>
    </message>
    <message>
        <source>State, province, prefecture…</source>
        <translation>État, province, préfecture…</translation>
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
        <source>&amp;Street</source>
        <translation>R&amp;ue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Région / État</translation>
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
        <source>no review</source>
        <translation>pas de révision</translation>
    </message>
    <message>
        <source>When to check these personal data again: keep, update or erase them</source>
        <translation>Quand revoir ces données personnelles : les garder, les mettre à jour ou les effacer</translation>
    </message>
    <message>
        <source>&amp;Review the data on</source>
        <translation>&amp;Revoir les données le</translation>
    </message>
    <message>
        <source>not valid in {country}</source>
        <translation>non valide ({country})</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valide</translation>
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
        <source>Take over my &amp;predecessor&apos;s network (their hand-over package)</source>
        <translation>Reprendre le réseau de mon &amp;prédécesseur (son dossier de passation)</translation>
    </message>
    <message>
        <source>Next, choose the package your predecessor left you and type its password: you see what it holds before importing it.</source>
        <translation>Ensuite, choisissez le dossier laissé par votre prédécesseur et tapez son mot de passe : vous verrez ce qu’il contient avant de l’importer.</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database with a passphrase</source>
        <translation>&amp;Chiffrer cette base avec une phrase de passe</translation>
    </message>
    <message>
        <source>A lost or stolen computer then shows nothing of your contacts and notes. It can also be done later: Tools › Encryption.</source>
        <translation>Un ordinateur perdu ou volé ne montre alors rien de vos contacts ni de vos notes. Possible aussi plus tard : Outils › Chiffrement.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Once more:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>It is asked each time Attaché opens and after a time without use. Without it nobody — not even you — can read the data again: keep it somewhere safe.</source>
        <translation>Elle est demandée à chaque ouverture d’Attaché et après un temps sans utilisation. Sans elle, personne — pas même vous — ne pourra plus lire les données : conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: anyone who has this computer, its disk or a copy of the file can read every contact, note and deadline. You can encrypt it later: Tools › Encryption.</source>
        <translation>⚠ Non chiffrée : quiconque a cet ordinateur, son disque ou une copie du fichier peut lire tous les contacts, notes et échéances. Vous pourrez la chiffrer plus tard : Outils › Chiffrement.</translation>
    </message>
    <message>
        <source>Warning: not encrypted</source>
        <translation>Attention : base non chiffrée</translation>
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
        <source>Names that look mis-decoded</source>
        <translation>Noms qui semblent mal décodés</translation>
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
        <source>Telephones kept as typed</source>
        <translation>Téléphones gardés tels quels</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Filled rows</source>
        <translation>Lignes remplies</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
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
        <source>Telephones kept as typed (%n)</source>
        <translation>
            <numerusform>Téléphones gardés tels quels (%n)</numerusform>
            <numerusform>Téléphones gardés tels quels (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n)</source>
        <translation>
            <numerusform>Colonnes (%n)</numerusform>
            <numerusform>Colonnes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns kept in the notes.</source>
        <translation>
            <numerusform>%n colonne gardée dans les notes.</numerusform>
            <numerusform>%n colonnes gardées dans les notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns ignored.</source>
        <translation>
            <numerusform>%n colonne ignorée.</numerusform>
            <numerusform>%n colonnes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates of contact become activities.</source>
        <translation>
            <numerusform>%n date de contact devient une activité.</numerusform>
            <numerusform>%n dates de contact deviennent des activités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations.</source>
        <translation>
            <numerusform>%n nouvel organisme.</numerusform>
            <numerusform>%n nouveaux organismes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n telephone number(s) not valid in the country they were read with: kept as typed, without an international form.</source>
        <translation>
            <numerusform>%n numéro de téléphone non valide dans le pays avec lequel il a été lu : gardé tel quel, sans forme internationale.</numerusform>
            <numerusform>%n numéros de téléphone non valides dans le pays avec lequel ils ont été lus : gardés tels quels, sans forme internationale.</numerusform>
        </translation>
    </message>
    <message>
        <source>This very file was already imported on {date} (import {batch}): importing it again creates nothing.</source>
        <translation>Ce même fichier a déjà été importé le {date} (import {batch}) : l&apos;importer de nouveau ne crée rien.</translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>Lu en {encoding}.</translation>
    </message>
    <message numerus="yes">
        <source>%n values look mis-decoded, such as {values}. Go back to choose another encoding if names read wrong.</source>
        <translation>
            <numerusform>%n valeur semble mal décodée : {values}. Revenez en arrière pour choisir un autre encodage si des noms sont faux.</numerusform>
            <numerusform>%n valeurs semblent mal décodées, par exemple {values}. Revenez en arrière pour choisir un autre encodage si des noms sont faux.</numerusform>
        </translation>
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
    <name>Privacy</name>
    <message>
        <source>The database is read-only: nothing can be erased.</source>
        <translation>La base est en lecture seule : rien ne peut être effacé.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <source>None (stages added by hand)</source>
        <translation>Aucun (étapes ajoutées à la main)</translation>
    </message>
    <message>
        <source>Hubert Curien Partnership: opening, French and partner deadlines, joint committee, results, funding year</source>
        <translation>Partenariat Hubert Curien : ouverture, clôtures française et partenaire, comité mixte, résultats, année de financement</translation>
    </message>
    <message>
        <source>Opening and closing date</source>
        <translation>Ouverture et date limite</translation>
    </message>
    <message>
        <source>Stage template</source>
        <translation>Modèle d’étapes</translation>
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
        <source>Web &amp;site</source>
        <translation>&amp;Site web</translation>
    </message>
    <message>
        <source>&amp;Source of these facts</source>
        <translation>&amp;Source de ces informations</translation>
    </message>
    <message>
        <source>Stages of its &amp;calls</source>
        <translation>Étapes de ses &amp;appels</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Programmes</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenue</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>{name} has no stage template: choose one (phc or simple) in the programme, or add its stages by hand.</source>
        <translation>{name} n’a pas de modèle d’étapes : choisissez-en un (phc ou simple) dans le programme, ou ajoutez ses étapes à la main.</translation>
    </message>
    <message>
        <source>{name} already has a call for {year}.</source>
        <translation>{name} a déjà un appel pour {year}.</translation>
    </message>
    <message>
        <source>{call} already holds applications ({count}): it is kept.</source>
        <translation>{call} a déjà des candidatures ({count}) : il est conservé.</translation>
    </message>
    <message>
        <source>There is no programme with the id {id}.</source>
        <translation>Il n’y a pas de programme d’identifiant {id}.</translation>
    </message>
    <message>
        <source>“{value}” is not a year of a call.</source>
        <translation>« {value} » n’est pas une année d’appel.</translation>
    </message>
    <message>
        <source>“{value}” is not a status of a call ({choices}).</source>
        <translation>« {value} » n’est pas un état d’appel ({choices}).</translation>
    </message>
    <message>
        <source>An application needs a title.</source>
        <translation>Une candidature doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>“{value}” is not an outcome ({choices}).</source>
        <translation>« {value} » n’est pas une suite possible ({choices}).</translation>
    </message>
    <message>
        <source>There is no call with the id {id}.</source>
        <translation>Aucun appel ne porte l’identifiant {id}.</translation>
    </message>
    <message>
        <source>There is no application with the id {id}.</source>
        <translation>Aucune candidature ne porte l’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <source>&amp;Protect the workbook with a password</source>
        <translation>&amp;Protéger le classeur par un mot de passe</translation>
    </message>
    <message>
        <source>Protect the workbook with a password</source>
        <translation>Protéger le classeur par un mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <source>Excel and LibreOffice will ask for it. Send it by another channel than the file (telephone, another message).</source>
        <translation>Excel et LibreOffice le demanderont. Transmettez-le par un autre canal que le fichier (téléphone, autre message).</translation>
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
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>Closing without saving loses what was typed in this form.</source>
        <translation>Fermer sans enregistrer perd ce qui a été saisi dans ce formulaire.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export as vCard…</source>
        <translation>Exporter en vCard…</translation>
    </message>
    <message>
        <source>Export as a calendar (.ics)…</source>
        <translation>Exporter en agenda (.ics)…</translation>
    </message>
    <message>
        <source>Export the {count} selected</source>
        <translation>Exporter les {count} sélectionnés</translation>
    </message>
    <message>
        <source>Export the list ({count})</source>
        <translation>Exporter la liste ({count})</translation>
    </message>
    <message>
        <source>Export all their data (right of access)…</source>
        <translation>Exporter toutes ses données (droit d’accès)…</translation>
    </message>
    <message>
        <source>Erase for good (GDPR)…</source>
        <translation>Effacer définitivement (RGPD)…</translation>
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
        <source>Entered by hand</source>
        <translation>Saisie manuelle</translation>
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
    <name>Reminders</name>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <source>{title} — {when} ({paris}, Paris time)</source>
        <translation>{title} — {when} ({paris}, heure de Paris)</translation>
    </message>
    <message>
        <source>“{key}” is not a reminder: write DEADLINE:DAYS, e.g. 12:7.</source>
        <translation>« {key} » n’est pas un rappel : écrivez ÉCHÉANCE:JOURS, par exemple 12:7.</translation>
    </message>
    <message>
        <source>The deadline {id} has no reminder {days} days before.</source>
        <translation>L’échéance {id} n’a pas de rappel {days} jours avant.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>the post</source>
        <translation>le poste</translation>
    </message>
    <message>
        <source>Science and technology report — {post}</source>
        <translation>Rapport scientifique et technologique — {post}</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(sans organisation)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nouveaux contacts</translation>
    </message>
    <message>
        <source>Contacts updated</source>
        <translation>Contacts mis à jour</translation>
    </message>
    <message>
        <source>Activities (meetings, visits, delegations, seminars…)</source>
        <translation>Activités (réunions, visites, délégations, séminaires…)</translation>
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
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date (Paris time)</source>
        <translation>Date (heure de Paris)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Veille</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>New contacts per organisation kind</source>
        <translation>Nouveaux contacts par type d’organisation</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Dépassée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>of which imported</source>
        <translation>dont importés</translation>
    </message>
    <message>
        <source>Organisations met</source>
        <translation>Organisations rencontrées</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyées</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>à envoyer</translation>
    </message>
    <message>
        <source>drafts included</source>
        <translation>brouillons inclus</translation>
    </message>
    <message>
        <source>Deadlines due in the period</source>
        <translation>Échéances de la période</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respectées</translation>
    </message>
    <message>
        <source>missed or overdue</source>
        <translation>manquées ou dépassées</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>encore ouvertes</translation>
    </message>
    <message>
        <source>Upcoming deadlines ({days} days)</source>
        <translation>Échéances à venir ({days} jours)</translation>
    </message>
    <message>
        <source>Programme calls open in the period</source>
        <translation>Appels ouverts pendant la période</translation>
    </message>
    <message>
        <source>Applications received in the period</source>
        <translation>Candidatures reçues pendant la période</translation>
    </message>
    <message>
        <source>Programme or call</source>
        <translation>Programme ou appel</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Imported: {batch}</source>
        <translation>Importé : {batch}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisation kind</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
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
        <source>Watch notes per theme</source>
        <translation>Notes de veille par thème</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Deadlines per month</source>
        <translation>Échéances par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>sent and to send, drafts included</source>
        <translation>envoyées et à envoyer, brouillons inclus</translation>
    </message>
    <message>
        <source>sent and to send (drafts left out)</source>
        <translation>envoyées et à envoyer (sans les brouillons)</translation>
    </message>
    <message>
        <source>named (sheet “{sheet}”)</source>
        <translation>nommées (feuille « {sheet} »)</translation>
    </message>
    <message>
        <source>counted, not named</source>
        <translation>comptées, non nommées</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Faits marquants</translation>
    </message>
    <message>
        <source>(none written for this period)</source>
        <translation>(aucun rédigé pour cette période)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien dans cette période.</translation>
    </message>
    <message>
        <source>Made with Attaché {version}</source>
        <translation>Réalisé avec Attaché {version}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report to Paris</source>
        <translation>Rapport pour Paris</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Chosen dates…</source>
        <translation>Dates choisies…</translation>
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
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>&amp;Include the draft watch notes</source>
        <translation>&amp;Inclure les brouillons de notes de veille</translation>
    </message>
    <message>
        <source>By default only the notes sent or to send go to Paris.</source>
        <translation>Par défaut, seules les notes envoyées ou à envoyer partent à Paris.</translation>
    </message>
    <message>
        <source>&amp;Name the persons added or updated</source>
        <translation>&amp;Nommer les personnes ajoutées ou mises à jour</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Faits marquants</translation>
    </message>
    <message>
        <source>What stood out in the period, in your words: it opens the report.</source>
        <translation>Ce qui a marqué la période, avec vos mots : cela ouvre le rapport.</translation>
    </message>
    <message>
        <source>What the report will hold</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Left out of the report</source>
        <translation>Laissé hors du rapport</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Themes of the watch notes:</source>
        <translation>&amp;Thèmes des notes de veille :</translation>
    </message>
    <message>
        <source>&amp;Highlights:</source>
        <translation>&amp;Faits marquants :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The report will hold:</source>
        <translation>Le rapport contiendra :</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The report will hold a sheet naming every person added or updated in the period, with their organisation, position and e-mail: personal data.</source>
        <translation>Le rapport contiendra une feuille nommant chaque personne ajoutée ou mise à jour pendant la période, avec son organisation, sa fonction et son courriel : des données personnelles.</translation>
    </message>
    <message>
        <source>Persons are not named: the report counts them by organisation kind and country, and lists the organisations met.</source>
        <translation>Les personnes ne sont pas nommées : le rapport les compte par type d’organisation et par pays, et liste les organisations rencontrées.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Period: {period} ({start} – {end}).</source>
        <translation>Période : {period} (du {start} au {end}).</translation>
    </message>
    <message numerus="yes">
        <source>%n draft watch note(s) of the period left out.</source>
        <translation>
            <numerusform>%n brouillon de note de veille de la période laissé de côté.</numerusform>
            <numerusform>%n brouillons de notes de veille de la période laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private watch note(s) of the period left out: they stay at post.</source>
        <translation>
            <numerusform>%n note de veille privée de la période laissée de côté : elle reste au poste.</numerusform>
            <numerusform>%n notes de veille privées de la période laissées de côté : elles restent au poste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Private note — {title}</source>
        <translation>Note privée — {title}</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} existe déjà. Le remplacer ?</translation>
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
        <source>Telephones kept as typed</source>
        <translation>Téléphones gardés tels quels</translation>
    </message>
    <message>
        <source>This file was already imported (import {batch}); nothing was created.</source>
        <translation>Ce fichier a déjà été importé (import {batch}) ; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Import {batch}: {counts} ({orgs}). It can be undone here or later from Tools › Import history.</source>
        <translation>Import {batch} : {counts} ({orgs}). Il peut être annulé ici ou plus tard depuis Outils › Historique des imports.</translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvel organisme</numerusform>
            <numerusform>%n nouveaux organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities written for the dates of contact.</source>
        <translation>
            <numerusform>%n activité créée pour les dates de contact.</numerusform>
            <numerusform>%n activités créées pour les dates de contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n telephone number(s) were kept as typed, without an international form (listed below): they are not valid in the country they were read with.</source>
        <translation>
            <numerusform>%n numéro de téléphone a été gardé tel quel, sans forme internationale (voir ci-dessous) : il n&apos;est pas valide dans le pays avec lequel il a été lu.</numerusform>
            <numerusform>%n numéros de téléphone ont été gardés tels quels, sans forme internationale (voir ci-dessous) : ils ne sont pas valides dans le pays avec lequel ils ont été lus.</numerusform>
        </translation>
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
    <name>ShareBox</name>
    <message>
        <source>Share with &amp;Paris (through the team&apos;s hub)</source>
        <translation>Partager avec &amp;Paris (par le hub de l’équipe)</translation>
    </message>
    <message>
        <source>The post&apos;s hub copies the records marked so to the network&apos;s database in Paris. Without a hub, the mark waits for one.</source>
        <translation>Le hub du poste copie les fiches ainsi marquées dans la base du réseau à Paris. Sans hub, la marque attend qu’il y en ait un.</translation>
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
    <name>Sync</name>
    <message>
        <source>This database is not connected to a hub: connect it first (attache sync connect URL --user NAME).</source>
        <translation>Cette base n’est reliée à aucun concentrateur : reliez-la d’abord (attache sync connect URL --user NOM).</translation>
    </message>
    <message>
        <source>The database is read-only: it cannot be synced.</source>
        <translation>La base est en lecture seule : elle ne peut pas être synchronisée.</translation>
    </message>
    <message>
        <source>No password is known for {user} on {url}: set ATTACHE_SYNC_PASSWORD or connect again.</source>
        <translation>Aucun mot de passe connu pour {user} sur {url} : définissez ATTACHE_SYNC_PASSWORD ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Il n’y a pas de conflit {id}.</translation>
    </message>
    <message>
        <source>Conflict {id} has no field “{field}” (it has: {fields}).</source>
        <translation>Le conflit {id} ne porte pas sur le champ « {field} » (il porte sur : {fields}).</translation>
    </message>
    <message>
        <source>Conflict {id}: no value of “{field}” was given on this desktop; choose theirs, or edit the record.</source>
        <translation>Conflit {id} : aucune valeur de « {field} » n’a été saisie sur ce poste ; choisissez celle du collègue (theirs), ou modifiez la fiche.</translation>
    </message>
    <message>
        <source>Conflict {id}: no colleague&apos;s value of “{field}”.</source>
        <translation>Conflit {id} : aucune valeur de « {field} » ne vient d’un collègue.</translation>
    </message>
    <message>
        <source>“{url}” is not the address of a database on a hub (expected https://server/database).</source>
        <translation>« {url} » n’est pas l’adresse d’une base sur un concentrateur (attendu : https://serveur/base).</translation>
    </message>
    <message>
        <source>The address {url} names no database: add its name (https://server/database).</source>
        <translation>L’adresse {url} ne nomme aucune base : ajoutez son nom (https://serveur/base).</translation>
    </message>
    <message>
        <source>The hub {url} did not answer within {seconds} seconds.</source>
        <translation>Le concentrateur {url} n’a pas répondu en {seconds} secondes.</translation>
    </message>
    <message>
        <source>The hub {url} cannot be reached ({why}).</source>
        <translation>Le concentrateur {url} est injoignable ({why}).</translation>
    </message>
    <message>
        <source>The hub {url} sent an answer that is not valid JSON (HTTP {status}): is the address that of a CouchDB database?</source>
        <translation>Le concentrateur {url} a envoyé une réponse qui n’est pas du JSON valide (HTTP {status}) : l’adresse est-elle celle d’une base CouchDB ?</translation>
    </message>
    <message>
        <source>The hub {url} refused the user name “{user}” or its password.</source>
        <translation>Le concentrateur {url} a refusé le nom d’utilisateur « {user} » ou son mot de passe.</translation>
    </message>
    <message>
        <source>The user “{user}” is not a member of the database {url}: ask the hub&apos;s administrator to add them.</source>
        <translation>L’utilisateur « {user} » n’est pas membre de la base {url} : demandez à l’administrateur du concentrateur de l’ajouter.</translation>
    </message>
    <message>
        <source>The hub has no database {url}.</source>
        <translation>Le concentrateur n’a pas de base {url}.</translation>
    </message>
    <message>
        <source>The hub {url} answered with an error (HTTP {status}): {why}</source>
        <translation>Le concentrateur {url} a répondu par une erreur (HTTP {status}) : {why}</translation>
    </message>
    <message>
        <source>The hub {url} sent an answer of an unexpected shape to {what}.</source>
        <translation>Le concentrateur {url} a envoyé une réponse de forme inattendue à {what}.</translation>
    </message>
    <message>
        <source>{url} answers, but it is not a CouchDB database.</source>
        <translation>{url} répond, mais ce n’est pas une base CouchDB.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;Team sharing…</source>
        <translation>&amp;Partage d’équipe…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Team sharing</source>
        <translation>Partage d’équipe</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n min</numerusform>
            <numerusform>Synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
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
    <name>Task</name>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n’a été écrit.</translation>
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
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Supprimer %n fiche</numerusform>
            <numerusform>Supprimer %n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s)</source>
        <translation>
            <numerusform>Étiqueter %n fiche</numerusform>
            <numerusform>Étiqueter %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepare the call {title}</source>
        <translation>Préparer l’appel {title}</translation>
    </message>
    <message>
        <source>Delete the application {title}</source>
        <translation>Supprimer la candidature {title}</translation>
    </message>
    <message>
        <source>Create the application {title}</source>
        <translation>Créer la candidature {title}</translation>
    </message>
    <message>
        <source>Edit the application {title}</source>
        <translation>Modifier la candidature {title}</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n reminder(s)</source>
        <translation>
            <numerusform>Reporter %n rappel</numerusform>
            <numerusform>Reporter %n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reminder(s) done</source>
        <translation>
            <numerusform>Marquer %n rappel comme fait</numerusform>
            <numerusform>Marquer %n rappels comme faits</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the settings of the post</source>
        <translation>Modifier les réglages du poste</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n date(s)</source>
        <translation>
            <numerusform>Confirmer %n date</numerusform>
            <numerusform>Confirmer %n dates</numerusform>
        </translation>
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
        <source>“{value}” is not a valid telephone number; kept as typed.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone valide ; gardé tel quel.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid telephone number in {country}; kept as typed.</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone valide pour le pays {country} ; gardé tel quel.</translation>
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
        <source>“{value}” is not a stage template (phc or simple).</source>
        <translation>« {value} » n’est pas un modèle d’étapes (phc ou simple).</translation>
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
        <source>Reminders are whole days before, from 0 to 365.</source>
        <translation>Les rappels sont des nombres de jours avant, de 0 à 365.</translation>
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
    <message>
        <source>Work</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>WorkbookDialog</name>
    <message>
        <source>Every record in one Excel workbook, one sheet per kind, that Attaché can import again.</source>
        <translation>Toutes les fiches dans un classeur Excel, une feuille par type, qu’Attaché sait réimporter.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>WorkbookField</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (au choix : %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>valeur %r ignorée : cette option n’en prend pas</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus une valeur attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur attendue</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s valeur attendue</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s valeurs attendues</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide (%(type)s) : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (au choix : %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
</TS>
