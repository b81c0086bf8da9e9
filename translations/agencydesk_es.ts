<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActorsArea</name>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>No se puede leer la base de datos</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>No se puede deshacer ni rehacer</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>AgencyDesk opened your default database instead: %1</source>
        <translation>AgencyDesk abrió en su lugar su base de datos predeterminada: %1</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>AgencyDesk</source>
        <translation>AgencyDesk</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>AgencyDesk ran into an unexpected problem. Your saved data is safe; the last change may not have been saved.</source>
        <translation>AgencyDesk tuvo un problema inesperado. Sus datos guardados están a salvo; es posible que el último cambio no se haya guardado.</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(no se pudo escribir el archivo de registro)</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Los detalles se escribieron en el archivo de registro:
%1</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Convener</source>
        <translation>Convocante</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador(a)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <source>Technical secretariat</source>
        <translation>Secretaría técnica</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Titular</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Strategic goal (what)</source>
        <translation>Objetivo estratégico (qué)</translation>
    </message>
    <message>
        <source>Management goal (how)</source>
        <translation>Objetivo de gestión (cómo)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <source>Local productive system</source>
        <translation>Sistema productivo local</translation>
    </message>
    <message>
        <source>Business network</source>
        <translation>Red empresarial</translation>
    </message>
    <message>
        <source>Supplier development</source>
        <translation>Desarrollo de proveedores</translation>
    </message>
    <message>
        <source>Executive table (mesa ejecutiva)</source>
        <translation>Mesa ejecutiva</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Production factor</source>
        <translation>Factor productivo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Functions and procedures</source>
        <translation>Funciones y trámites</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <source>Human capital</source>
        <translation>Capital humano</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>Acceso a mercados</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificado</translation>
    </message>
    <message>
        <source>Solution agreed</source>
        <translation>Solución acordada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>International cooperation</source>
        <translation>Cooperación internacional</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Aumentar</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Disminuir</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Otro país</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>All actor types</source>
        <translation>Todos los tipos de actor</translation>
    </message>
    <message>
        <source>All government levels</source>
        <translation>Todos los niveles de gobierno</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Todos los territorios</translation>
    </message>
    <message>
        <source>Actor type filter</source>
        <translation>Filtro por tipo de actor</translation>
    </message>
    <message>
        <source>Government level filter</source>
        <translation>Filtro por nivel de gobierno</translation>
    </message>
    <message>
        <source>Territory filter (includes the places within it)</source>
        <translation>Filtro por territorio (incluye los lugares que contiene)</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with %2.</source>
        <translation>¿Eliminar “%1”? Puede deshacerlo con %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Abrir los datos de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About AgencyDesk</source>
        <translation>&amp;Acerca de AgencyDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 ya existe. Elija otro nombre o, si lo prefiere, ábralo.</translation>
    </message>
    <message>
        <source>About AgencyDesk</source>
        <translation>Acerca de AgencyDesk</translation>
    </message>
    <message>
        <source>AgencyDesk %1

The workspace of a productive-development office: actors, agendas, mesas, action plans and minutes, on this computer.</source>
        <translation>AgencyDesk %1

El espacio de trabajo de una oficina de desarrollo productivo: actores, agendas, mesas, planes de acción y actas, en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database {path} was written by a newer version of AgencyDesk. Update AgencyDesk to open it; nothing in it was changed.</source>
        <translation>La base de datos {path} fue creada con una versión más reciente de AgencyDesk. Actualice AgencyDesk para abrirla; no se modificó nada en ella.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation>No se puede abrir la base de datos {path}: {reason}</translation>
    </message>
    <message>
        <source>The file {path} is not an AgencyDesk database.</source>
        <translation>El archivo {path} no es una base de datos de AgencyDesk.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Close it and try again.</source>
        <translation>La base de datos está en uso en otra ventana u otro programa. Ciérrela allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>El disco está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada.</translation>
    </message>
    <message>
        <source>What you were working on was deleted in the meantime.</source>
        <translation>Lo que estaba editando fue eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it is used by {usages}.</source>
        <translation>No se puede eliminar {name} porque tiene registros vinculados: {usages}.</translation>
    </message>
    <message>
        <source>Some fields are not valid. Check the fields marked in red.</source>
        <translation>Algunos campos no son válidos. Revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Unknown list {entity}.</source>
        <translation>Lista desconocida: {entity}.</translation>
    </message>
    <message>
        <source>The file must end in .json, .csv or .xlsx ({path}).</source>
        <translation>El archivo debe terminar en .json, .csv o .xlsx ({path}).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>The database {path} already has data; the demo needs an empty database.</source>
        <translation>La base de datos {path} ya tiene datos; la demostración necesita una base de datos vacía.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@domain.org).</source>
        <translation>Esto no es una dirección de correo electrónico (nombre@dominio.org).</translation>
    </message>
    <message>
        <source>This is not a web address (www.example.org).</source>
        <translation>Esto no es una dirección web (www.ejemplo.org).</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta fecha es posterior a hoy.</translation>
    </message>
    <message>
        <source>This number cannot be negative.</source>
        <translation>Este número no puede ser negativo.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Este registro ya no existe.</translation>
    </message>
    <message>
        <source>Write the date as day/month/year.</source>
        <translation>Escriba la fecha como día/mes/año.</translation>
    </message>
    <message>
        <source>Another organization already has this name.</source>
        <translation>Ya existe otra organización con este nombre.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>El fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Este número está fuera de rango.</translation>
    </message>
    <message>
        <source>Write a number, such as 1500 or 12.5.</source>
        <translation>Escriba un número, como 1500 o 12,5.</translation>
    </message>
    <message>
        <source>Another record here already has this code.</source>
        <translation>Otro registro aquí ya tiene este código.</translation>
    </message>
</context>
<context>
    <name>OrgPicker</name>
    <message>
        <source>Type part of the name, then choose from the list</source>
        <translation>Escriba parte del nombre y luego elija en la lista</translation>
    </message>
</context>
<context>
    <name>OrganizationColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <source>Government level</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Identificación tributaria</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>OrganizationDetail</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>No people are linked to this organization yet.</source>
        <translation>Todavía no hay personas vinculadas a esta organización.</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>A&amp;gregar una persona…</translation>
    </message>
    <message>
        <source>A new person in the People tab, already linked here</source>
        <translation>Una persona nueva en la pestaña Personas, ya vinculada a esta organización</translation>
    </message>
    <message>
        <source>This organization does not take part in any initiative yet.</source>
        <translation>Esta organización todavía no participa en ninguna iniciativa.</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Identificación tributaria:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Territorio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Representative:</source>
        <translation>Representante:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>N.º de miembros:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Fecha de registro:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message numerus="yes">
        <source>Peop&amp;le (%n)</source>
        <translation>
            <numerusform>Pe&amp;rsonas (%n)</numerusform>
            <numerusform>Pe&amp;rsonas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Initiatives (%n)</source>
        <translation>
            <numerusform>&amp;Iniciativas (%n)</numerusform>
            <numerusform>&amp;Iniciativas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Acronym, e.g. CORFO</source>
        <translation>Sigla, p. ej., CORFO</translation>
    </message>
    <message>
        <source>name@domain.org</source>
        <translation>nombre@dominio.org</translation>
    </message>
    <message>
        <source>www.example.org</source>
        <translation>www.ejemplo.org</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Acron&amp;ym:</source>
        <translation>Si&amp;gla:</translation>
    </message>
    <message>
        <source>Actor &amp;type:</source>
        <translation>&amp;Tipo de actor:</translation>
    </message>
    <message>
        <source>&amp;Government level:</source>
        <translation>Ni&amp;vel de gobierno:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Se&amp;ctor:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>Identificación trib&amp;utaria:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritorio:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Representati&amp;ve:</source>
        <translation>Repre&amp;sentante:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>N.º de m&amp;iembros:</translation>
    </message>
    <message>
        <source>Reg&amp;istered on:</source>
        <translation>Fec&amp;ha de registro:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>RFC, RUC, RUT, NIT…</source>
        <translation>RFC, RUC, RUT, NIT…</translation>
    </message>
    <message>
        <source>How many members or associates it has</source>
        <translation>Cuántos miembros o socios tiene</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>Only public actors have a government level</source>
        <translation>Solo los actores públicos tienen nivel de gobierno</translation>
    </message>
    <message>
        <source>Create organization “%1”</source>
        <translation>crear la organización “%1”</translation>
    </message>
    <message>
        <source>Edit organization “%1”</source>
        <translation>editar la organización “%1”</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Name, acronym, tax ID, sector, representative or e-mail</source>
        <translation>Nombre, sigla, identificación tributaria, sector, representante o correo electrónico</translation>
    </message>
    <message>
        <source>&amp;New organization</source>
        <translation>&amp;Nueva organización</translation>
    </message>
    <message>
        <source>Choose an organization in the list to see its people and initiatives, or create one with “New organization”.</source>
        <translation>Elija una organización en la lista para ver sus personas e iniciativas, o cree una con “Nueva organización”.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) found</source>
        <translation>
            <numerusform>%n organización encontrada</numerusform>
            <numerusform>%n organizaciones encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization matches the search or the filters.</source>
        <translation>Ninguna organización coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>There are no organizations yet. Create the first one with “New organization”, or import a spreadsheet.</source>
        <translation>Todavía no hay organizaciones. Cree la primera con “Nueva organización” o importe una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Delete organization “%1”</source>
        <translation>eliminar la organización “%1”</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name, national ID, position, e-mail or phone</source>
        <translation>Nombre, documento de identidad, cargo, correo electrónico o teléfono</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>Choose a person in the list to see and edit their details, or add one with “New person”.</source>
        <translation>Elija una persona en la lista para ver y editar sus datos, o agregue una con “Nueva persona”.</translation>
    </message>
    <message>
        <source>Actor type of the person&apos;s organization</source>
        <translation>Tipo de actor de la organización de la persona</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n persona encontrada</numerusform>
            <numerusform>%n personas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches the search or the filters.</source>
        <translation>Nadie coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>There are no people yet. Add the first one with “New person”, or import a spreadsheet.</source>
        <translation>Todavía no hay personas. Agregue la primera con “Nueva persona” o importe una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete person “%1”</source>
        <translation>eliminar a la persona “%1”</translation>
    </message>
</context>
<context>
    <name>PersonColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento de identidad</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>DNI, CURP, RUN…</source>
        <translation>DNI, CURP, RUN…</translation>
    </message>
    <message>
        <source>name@domain.org</source>
        <translation>nombre@dominio.org</translation>
    </message>
    <message>
        <source>What the person agreed their data is used for</source>
        <translation>Para qué autorizó la persona el uso de sus datos</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>No&amp;mbre completo:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Nationa&amp;l ID:</source>
        <translation>&amp;Documento de identidad:</translation>
    </message>
    <message>
        <source>Gen&amp;der:</source>
        <translation>Géne&amp;ro:</translation>
    </message>
    <message>
        <source>&amp;Consent given on:</source>
        <translation>Con&amp;sentimiento otorgado el:</translation>
    </message>
    <message>
        <source>Consent p&amp;urpose:</source>
        <translation>Final&amp;idad del consentimiento:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Optional: offices report women&apos;s participation</source>
        <translation>Opcional: las oficinas informan sobre la participación de mujeres</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>Choose an organization from the list, or leave the field empty.</source>
        <translation>Elija una organización de la lista o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Create person “%1”</source>
        <translation>crear a la persona “%1”</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>editar a la persona “%1”</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Guardar (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Correct the marked fields before saving.</source>
        <translation>Corrija los campos marcados antes de guardar.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation>¿Descartar los cambios que hizo en este formulario?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>e.g. Gerencia de Desarrollo Económico</source>
        <translation>p. ej., Gerencia de Desarrollo Económico</translation>
    </message>
    <message>
        <source>Your name, as it should appear in the history</source>
        <translation>Su nombre, tal como debe aparecer en el historial</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>&amp;Nombre de la oficina:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make. The country decides how dates and identity numbers are read in imported spreadsheets.</source>
        <translation>Su nombre queda registrado con cada cambio que haga. El país determina cómo se leen las fechas y los números de identificación en las hojas de cálculo importadas.</translation>
    </message>
</context>
<context>
    <name>UsagePhrases</name>
    <message numerus="yes">
        <source>%n territory(ies)</source>
        <translation>
            <numerusform>%n territorio</numerusform>
            <numerusform>%n territorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda(s)</source>
        <translation>
            <numerusform>%n agenda</numerusform>
            <numerusform>%n agendas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority sector(s)</source>
        <translation>
            <numerusform>%n sector prioritario</numerusform>
            <numerusform>%n sectores prioritarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n cambio de estado</numerusform>
            <numerusform>%n cambios de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s)</source>
        <translation>
            <numerusform>%n iniciativa</numerusform>
            <numerusform>%n iniciativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s) in initiatives</source>
        <translation>
            <numerusform>%n participación en iniciativas</numerusform>
            <numerusform>%n participaciones en iniciativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bottleneck(s)</source>
        <translation>
            <numerusform>%n cuello de botella</numerusform>
            <numerusform>%n cuellos de botella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n plan de acción</numerusform>
            <numerusform>%n planes de acción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding line(s)</source>
        <translation>
            <numerusform>%n línea de financiamiento</numerusform>
            <numerusform>%n líneas de financiamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n medición</numerusform>
            <numerusform>%n mediciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n punto de agenda</numerusform>
            <numerusform>%n puntos de agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s)</source>
        <translation>
            <numerusform>%n registro de asistencia</numerusform>
            <numerusform>%n registros de asistencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to AgencyDesk</source>
        <translation>Le damos la bienvenida a AgencyDesk</translation>
    </message>
    <message>
        <source>AgencyDesk keeps the work of a productive-development office in one place on this computer: the actors of the territory, the strategic agenda, the mesas and their bottlenecks, the action plans and the minutes of every meeting. It works without internet.</source>
        <translation>AgencyDesk reúne en un solo lugar, en esta computadora, el trabajo de una oficina de desarrollo productivo: los actores del territorio, la agenda estratégica, las mesas y sus cuellos de botella, los planes de acción y las actas de cada reunión. Funciona sin internet.</translation>
    </message>
    <message>
        <source>Explore the demo data</source>
        <translation>Explorar los datos de demostración</translation>
    </message>
    <message>
        <source>Open a copy of a sample office with agendas and mesas in Soconusco, Ucayali and Los Ríos. Nothing you do there touches your own data.</source>
        <translation>Abra una copia de una oficina de ejemplo con agendas y mesas en Soconusco, Ucayali y Los Ríos. Nada de lo que haga allí afecta sus propios datos.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Comenzar con una base de datos vacía</translation>
    </message>
    <message>
        <source>Begin registering your own organizations and contacts.</source>
        <translation>Empiece a registrar sus propias organizaciones y contactos.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Abrir una base de datos existente…</translation>
    </message>
    <message>
        <source>Choose an AgencyDesk file, for example one copied from another computer.</source>
        <translation>Elija un archivo de AgencyDesk, por ejemplo uno copiado desde otra computadora.</translation>
    </message>
</context>
</TS>
