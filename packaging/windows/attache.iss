; Inno Setup script: an installer for the Windows bundle (dist\attache\, built on Windows
; with `py dev.py bundle`). Compile with Inno Setup 6:  iscc packaging\windows\attache.iss
; It installs for the current user by default (no administrator rights needed at post),
; adds Start-menu shortcuts, and leaves the user's data folder alone when uninstalling.

#define AppName "Attaché"
#define AppVersion "0.1.0"
#define AppId "fr.diplomatie.Attache"

[Setup]
AppId={{7B4D2E61-3C1A-4F0B-9E55-2A8C6D1F0A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Attaché developers
DefaultDirName={autopf}\Attache
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Attache-{#AppVersion}-setup
SetupIconFile=..\icons\attache.ico
UninstallDisplayIcon={app}\attache-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\attache\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\attache-app.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\attache-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\attache-app.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
