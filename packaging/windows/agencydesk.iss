; Inno Setup 6 script: the Windows installer of AgencyDesk.
;
; packaging/build.py runs it on Windows after PyInstaller, as
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=...\dist\AgencyDesk /DIconFile=...\build\icons\agencydesk.ico
;            /O...\dist packaging\windows\agencydesk.iss
; and it can be run by hand the same way (the defaults below are those paths, relative to this
; file). It installs for the current user without administrator rights (office laptops are
; often locked down), or for everyone when the user chooses so and can elevate.
;
; What it installs: the PyInstaller folder (AgencyDesk.exe, windowed; agencydesk-cli.exe for
; the commands of the README), a Start-menu entry, an optional desktop icon, and the ".agencydesk"
; exchange-file association (double-click opens it in AgencyDesk, which shows what the file
; would change before merging). The uninstaller removes only what was installed: databases,
; backups, settings and logs live in %LOCALAPPDATA%\AgencyDesk and stay.

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or newer is needed (x64compatible)
#endif
#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef AppNumVersion
  ; The file version resource takes numbers only (a version like 0.2.0rc1 would not compile).
  #define AppNumVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\AgencyDesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\agencydesk.ico"
#endif

#define AppName "AgencyDesk"
#define AppExe "AgencyDesk.exe"
#define ExchangeProgId "AgencyDesk.ExchangeFile"

[Setup]
; The AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{6C1E7A52-3F0B-4D8E-9A57-2B4C1D9E8F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AgencyDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=AgencyDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Close a running AgencyDesk before replacing its files (it saves as it goes; its lock file
; is released on close), and do not restart it behind the user's back.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
VersionInfoVersion={#AppNumVersion}

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.ExchangeFile=Archivo de intercambio de AgencyDesk
pt_BR.ExchangeFile=Arquivo de intercâmbio do AgencyDesk
en.ExchangeFile=AgencyDesk exchange file
es.DataKept=AgencyDesk se desinstaló. Sus bases de datos, copias de seguridad y preferencias se conservaron en:%n%n%1
pt_BR.DataKept=O AgencyDesk foi desinstalado. Seus bancos de dados, cópias de segurança e preferências foram mantidos em:%n%n%1
en.DataKept=AgencyDesk was uninstalled. Your databases, backups and settings were kept in:%n%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the libraries folder whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install and HKEY_LOCAL_MACHINE for everyone.
; The default program of the file type (a double click opens it without asking), and
; AgencyDesk listed under "Open with" should another program claim the type later.
Root: HKA; Subkey: "Software\Classes\.agencydesk"; ValueType: string; ValueName: ""; ValueData: "{#ExchangeProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.agencydesk\OpenWithProgids"; ValueType: string; ValueName: "{#ExchangeProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ExchangeFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ExchangeProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".agencydesk"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the program writes nothing into {app}, and the user's data folder
; (%LOCALAPPDATA%\AgencyDesk: databases, backups, settings, logs) must survive an uninstall.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\AgencyDesk')]),
      mbInformation, MB_OK);
end;
