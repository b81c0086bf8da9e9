<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActionColumns</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
    </context>
    <context>
        <name>ActionForm</name>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>e.g. A2.3</source>
            <translation>p. ej., A2.3</translation>
        </message>
        <message>
            <source>Choose an axis or type a new one</source>
            <translation>Elija un eje o escriba uno nuevo</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Código:</translation>
        </message>
        <message>
            <source>A&amp;xis:</source>
            <translation>&amp;Eje:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Acción:</translation>
        </message>
        <message>
            <source>Descr&amp;iption:</source>
            <translation>Descr&amp;ipción:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Responsable:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>Inici&amp;o:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Fin:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Presupuesto:</translation>
        </message>
        <message>
            <source>&amp;Funding:</source>
            <translation>Financia&amp;miento:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>&amp;Progress:</source>
            <translation>A&amp;vance:</translation>
        </message>
        <message>
            <source>In&amp;dicator:</source>
            <translation>In&amp;dicador:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>Me&amp;ta:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>B&amp;ottleneck it removes:</source>
            <translation>Cuello de &amp;botella que elimina:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nueva acción</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar acción</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>En %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Elija una organización de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>A done action usually has 100% progress.</source>
            <translation>Una acción terminada suele tener 100% de avance.</translation>
        </message>
        <message>
            <source>The funding lines add up to more than the budget.</source>
            <translation>Las líneas de financiamiento suman más que el presupuesto.</translation>
        </message>
        <message>
            <source>Add action “%1”</source>
            <translation>Agregar acción “%1”</translation>
        </message>
        <message>
            <source>Edit action “%1”</source>
            <translation>Editar acción “%1”</translation>
        </message>
    </context>
    <context>
        <name>ActionPlanDocument</name>
        <message>
            <source>Initiative:</source>
            <translation>Iniciativa:</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Territory:</source>
            <translation>Territorio:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Approved on:</source>
            <translation>Aprobado el:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versión:</translation>
        </message>
        <message>
            <source>Actions:</source>
            <translation>Acciones:</translation>
        </message>
        <message>
            <source>Budget (%1):</source>
            <translation>Presupuesto (%1):</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>Avance:</translation>
        </message>
        <message>
            <source>ACTION PLAN</source>
            <translation>PLAN DE ACCIÓN</translation>
        </message>
        <message>
            <source>in kind</source>
            <translation>en especie</translation>
        </message>
        <message>
            <source>(late)</source>
            <translation>(atrasada)</translation>
        </message>
        <message>
            <source>Cash:</source>
            <translation>Efectivo:</translation>
        </message>
        <message>
            <source>In kind:</source>
            <translation>En especie:</translation>
        </message>
        <message numerus="yes">
            <source>Subtotal (%n action(s))</source>
            <translation>
                <numerusform>Subtotal (%n acción)</numerusform>
                <numerusform>Subtotal (%n acciones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>This plan has no actions yet.</source>
            <translation>Este plan aún no tiene acciones.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Institución responsable</translation>
        </message>
        <message>
            <source>Start – end</source>
            <translation>Inicio – fin</translation>
        </message>
        <message>
            <source>Budget (%1)</source>
            <translation>Presupuesto (%1)</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiamiento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sin eje</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>This plan has no indicators yet.</source>
            <translation>Este plan aún no tiene indicadores.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Último valor</translation>
        </message>
        <message>
            <source>% met</source>
            <translation>% cumplido</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Elaborado por</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>Revisado por</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Cargo:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
    </context>
    <context>
        <name>ActionTreeModel</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sin eje</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Delayed: not done by its end date, or marked as delayed</source>
            <translation>Atrasada: no terminada a su fecha de fin, o marcada como atrasada</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eje</translation>
        </message>
    </context>
    <context>
        <name>ActionsChart</name>
        <message>
            <source>Actions by status</source>
            <translation>Acciones por estado</translation>
        </message>
        <message>
            <source>No actions yet: create an action plan to see its progress here.</source>
            <translation>Aún no hay acciones: cree un plan de acción para ver su avance aquí.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) (%2 of all). Click to list them.</source>
            <translation>
                <numerusform>%1: %n acción (%2 del total). Haga clic para verla.</numerusform>
                <numerusform>%1: %n acciones (%2 del total). Haga clic para verlas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='#delayed'&gt;%n more action(s)&lt;/a&gt; past their end date but not marked delayed.</source>
            <translation>
                <numerusform>&lt;a href='#delayed'&gt;%n acción más&lt;/a&gt; ya pasó su fecha de fin, pero no está marcada como atrasada.</numerusform>
                <numerusform>&lt;a href='#delayed'&gt;%n acciones más&lt;/a&gt; ya pasaron su fecha de fin, pero no están marcadas como atrasadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>&amp;New action</source>
            <translation>&amp;Nueva acción</translation>
        </message>
        <message>
            <source>Edit a&amp;ction…</source>
            <translation>&amp;Editar acción…</translation>
        </message>
        <message>
            <source>De&amp;lete action…</source>
            <translation>Eliminar a&amp;cción…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the plan's actions to Excel or CSV</source>
            <translation>Guardar las acciones del plan en Excel o CSV</translation>
        </message>
        <message>
            <source>Click the status, progress or a date of a selected action to change it here; double-click an action to open its form.</source>
            <translation>Haga clic en el estado, el avance o una fecha de una acción seleccionada para cambiarlo aquí; haga doble clic en una acción para abrir su formulario.</translation>
        </message>
        <message>
            <source>This plan has no actions yet. Add the first one with “New action”.</source>
            <translation>Este plan aún no tiene acciones. Agregue la primera con “Nueva acción”.</translation>
        </message>
        <message>
            <source>Actions by axis</source>
            <translation>Acciones por eje</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
    </context>
    <context>
        <name>ActorTypeChart</name>
        <message>
            <source>Participation by actor type</source>
            <translation>Participación por tipo de actor</translation>
        </message>
        <message>
            <source>No one takes part in an initiative yet: add participants to an initiative to see who sits at the table.</source>
            <translation>Aún nadie participa en una iniciativa: agregue participantes a una iniciativa para ver quién se sienta a la mesa.</translation>
        </message>
        <message>
            <source>Active participations in initiatives, by type of organization.</source>
            <translation>Participaciones activas en iniciativas, por tipo de organización.</translation>
        </message>
        <message>
            <source>Participations</source>
            <translation>Participaciones</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n active participation(s)</source>
            <translation>
                <numerusform>%1: %n participación activa</numerusform>
                <numerusform>%1: %n participaciones activas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>held by %n organization(s).</source>
            <translation>
                <numerusform>de %n organización.</numerusform>
                <numerusform>de %n organizaciones.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to list the organizations of this type.</source>
            <translation>Haga clic para ver la lista de organizaciones de este tipo.</translation>
        </message>
    </context>
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
        <name>AddParticipantsDialog</name>
        <message>
            <source>Add participants</source>
            <translation>Agregar participantes</translation>
        </message>
        <message>
            <source>Name, acronym, tax ID or sector</source>
            <translation>Nombre, sigla, ID tributario o sector</translation>
        </message>
        <message>
            <source>&amp;Search the directory:</source>
            <translation>&amp;Buscar en el directorio:</translation>
        </message>
        <message>
            <source>All actor types</source>
            <translation>Todos los tipos de actor</translation>
        </message>
        <message>
            <source>Actor type filter</source>
            <translation>Filtro por tipo de actor</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Person (optional)</source>
            <translation>Persona (opcional)</translation>
        </message>
        <message>
            <source>&amp;Remove from the selection</source>
            <translation>&amp;Quitar de la selección</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>Re&amp;presentation:</source>
            <translation>Re&amp;presentación:</translation>
        </message>
        <message>
            <source>Sin&amp;ce:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 organizations: type to narrow the list.</source>
            <translation>Se muestran las primeras %1 de %2 organizaciones: escriba para acotar la lista.</translation>
        </message>
        <message>
            <source>No organization matches the search.</source>
            <translation>Ninguna organización coincide con la búsqueda.</translation>
        </message>
        <message>
            <source>Tick the organizations to add: click the box, or press Space or Enter.</source>
            <translation>Marque las organizaciones que desea agregar: haga clic en la casilla o presione Espacio o Enter.</translation>
        </message>
        <message>
            <source>No specific person</source>
            <translation>Ninguna persona en particular</translation>
        </message>
        <message>
            <source>Person for %1</source>
            <translation>Persona para %1</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Selected: %n organization(s)</source>
            <translation>
                <numerusform>&amp;Selección: %n organización</numerusform>
                <numerusform>&amp;Selección: %n organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n participant(s)</source>
            <translation>
                <numerusform>&amp;Agregar %n participante</numerusform>
                <numerusform>&amp;Agregar %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Agregar</translation>
        </message>
    </context>
    <context>
        <name>AgendaColumns</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
    </context>
    <context>
        <name>AgendaForm</name>
        <message>
            <source>Required, e.g. Agenda de Desarrollo Económico del Soconusco 2025–2030</source>
            <translation>Obligatorio, p. ej., Agenda de Desarrollo Económico del Soconusco 2025–2030</translation>
        </message>
        <message>
            <source>Where the territory wants to be at the end of the period</source>
            <translation>Dónde quiere estar el territorio al final del período</translation>
        </message>
        <message>
            <source>The institution that convenes the agenda</source>
            <translation>La institución que convoca la agenda</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Te&amp;rritory:</source>
            <translation>Te&amp;rritorio:</translation>
        </message>
        <message>
            <source>Period fr&amp;om:</source>
            <translation>Período &amp;desde:</translation>
        </message>
        <message>
            <source>Period unti&amp;l:</source>
            <translation>Período &amp;hasta:</translation>
        </message>
        <message>
            <source>&amp;Vision:</source>
            <translation>&amp;Visión:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>&amp;Convener:</source>
            <translation>&amp;Convocante:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>New agenda</source>
            <translation>Nueva agenda</translation>
        </message>
        <message>
            <source>Edit agenda</source>
            <translation>Editar agenda</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Elija una organización de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>Create agenda “%1”</source>
            <translation>Crear agenda “%1”</translation>
        </message>
        <message>
            <source>Edit agenda “%1”</source>
            <translation>Editar agenda “%1”</translation>
        </message>
    </context>
    <context>
        <name>AgendaListPage</name>
        <message>
            <source>Words of the title</source>
            <translation>Palabras del título</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de estado</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Todos los territorios</translation>
        </message>
        <message>
            <source>Territory filter (includes the places within it)</source>
            <translation>Filtro de territorio (incluye los lugares dentro de él)</translation>
        </message>
        <message>
            <source>&amp;New agenda</source>
            <translation>&amp;Nueva agenda</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar las filas de la lista, con la búsqueda y los filtros aplicados, en Excel o CSV</translation>
        </message>
        <message>
            <source>Double-click an agenda, or press Enter, to open its page.</source>
            <translation>Haga doble clic en una agenda, o presione Enter, para abrir su página.</translation>
        </message>
        <message>
            <source>Agendas</source>
            <translation>Agendas</translation>
        </message>
        <message numerus="yes">
            <source>%n agenda(s) found</source>
            <translation>
                <numerusform>Se encontró %n agenda</numerusform>
                <numerusform>Se encontraron %n agendas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda(s)</source>
            <translation>
                <numerusform>%n agenda</numerusform>
                <numerusform>%n agendas</numerusform>
            </translation>
        </message>
        <message>
            <source>No agenda matches the search or the filters.</source>
            <translation>Ninguna agenda coincide con la búsqueda o los filtros.</translation>
        </message>
        <message>
            <source>There are no agendas yet. Create the territory's strategic agenda with “New agenda”: its vision, goals and priority sectors.</source>
            <translation>Aún no hay agendas. Cree la agenda estratégica del territorio con “Nueva agenda”: su visión, objetivos y sectores prioritarios.</translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Of the initiative</source>
            <translation>De la iniciativa</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>&amp;All agendas</source>
            <translation>&amp;Todas las agendas</translation>
        </message>
        <message>
            <source>Back to the list of agendas</source>
            <translation>Volver a la lista de agendas</translation>
        </message>
        <message>
            <source>Edi&amp;t agenda…</source>
            <translation>E&amp;ditar agenda…</translation>
        </message>
        <message>
            <source>&amp;Delete agenda…</source>
            <translation>Eliminar &amp;agenda…</translation>
        </message>
        <message>
            <source>Progress of its plans:</source>
            <translation>Avance de sus planes:</translation>
        </message>
        <message>
            <source>Progress of the agenda's plans</source>
            <translation>Avance de los planes de la agenda</translation>
        </message>
        <message>
            <source>&amp;Strategic goals (what)</source>
            <translation>Objetivos &amp;estratégicos (qué)</translation>
        </message>
        <message>
            <source>New strategic goal</source>
            <translation>Nuevo objetivo estratégico</translation>
        </message>
        <message>
            <source>New strategic goal, then Enter</source>
            <translation>Nuevo objetivo estratégico y luego Enter</translation>
        </message>
        <message>
            <source>No strategic goal yet: what the territory wants to achieve.</source>
            <translation>Aún no hay objetivos estratégicos: lo que el territorio quiere lograr.</translation>
        </message>
        <message>
            <source>&amp;Management goals (how)</source>
            <translation>Objetivos de &amp;gestión (cómo)</translation>
        </message>
        <message>
            <source>New management goal, then Enter</source>
            <translation>Nuevo objetivo de gestión y luego Enter</translation>
        </message>
        <message>
            <source>No management goal yet: how the actors will work together.</source>
            <translation>Aún no hay objetivos de gestión: cómo trabajarán juntos los actores.</translation>
        </message>
        <message>
            <source>&amp;Priority sectors and value chains</source>
            <translation>Sectores prioritarios y cadenas de &amp;valor</translation>
        </message>
        <message>
            <source>New sector or value chain, then Enter</source>
            <translation>Nuevo sector o cadena de valor y luego Enter</translation>
        </message>
        <message>
            <source>No priority sector yet.</source>
            <translation>Aún no hay sectores prioritarios.</translation>
        </message>
        <message>
            <source>New management goal</source>
            <translation>Nuevo objetivo de gestión</translation>
        </message>
        <message>
            <source>New sector or value chain</source>
            <translation>Nuevo sector o cadena de valor</translation>
        </message>
        <message>
            <source>No initiative or mesa belongs to this agenda yet.</source>
            <translation>Aún no hay iniciativas ni mesas en esta agenda.</translation>
        </message>
        <message>
            <source>No action plan yet, neither the agenda's own nor of its initiatives.</source>
            <translation>Aún no hay planes de acción, ni propios de la agenda ni de sus iniciativas.</translation>
        </message>
        <message>
            <source>Double-click an initiative or a plan to open it.</source>
            <translation>Haga doble clic en una iniciativa o un plan para abrirlo.</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicadores</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Meetings (%n)</source>
            <translation>
                <numerusform>&amp;Sesiones (%n)</numerusform>
                <numerusform>&amp;Sesiones (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>convened by %1</source>
            <translation>convocada por %1</translation>
        </message>
        <message>
            <source>nothing to measure yet (no actions in its plans)</source>
            <translation>aún no hay nada que medir (sus planes no tienen acciones)</translation>
        </message>
        <message>
            <source>Vision:</source>
            <translation>Visión:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notas:</translation>
        </message>
        <message>
            <source>No vision written yet: use “Edit agenda…”.</source>
            <translation>Aún no se ha escrito la visión: use “Editar agenda…”.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Goals and priorities (%n)</source>
            <translation>
                <numerusform>&amp;Objetivos y prioridades (%n)</numerusform>
                <numerusform>&amp;Objetivos y prioridades (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>I&amp;nitiatives and plans (%n)</source>
            <translation>
                <numerusform>Iniciativas y &amp;planes (%n)</numerusform>
                <numerusform>Iniciativas y &amp;planes (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Initiatives and mesas (%n)</source>
            <translation>
                <numerusform>Iniciativas y mesas (%n)</numerusform>
                <numerusform>Iniciativas y mesas (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Action plans (%n)</source>
            <translation>
                <numerusform>Planes de acción (%n)</numerusform>
                <numerusform>Planes de acción (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendasArea</name>
        <message>
            <source>Cannot change the list</source>
            <translation>No se puede modificar la lista</translation>
        </message>
        <message>
            <source>Add goal “%1”</source>
            <translation>Agregar objetivo “%1”</translation>
        </message>
        <message>
            <source>Edit goal “%1”</source>
            <translation>Editar objetivo “%1”</translation>
        </message>
        <message>
            <source>Delete goal “%1”</source>
            <translation>Eliminar objetivo “%1”</translation>
        </message>
        <message>
            <source>Move goal “%1” up</source>
            <translation>Subir objetivo “%1”</translation>
        </message>
        <message>
            <source>Move goal “%1” down</source>
            <translation>Bajar objetivo “%1”</translation>
        </message>
        <message>
            <source>Add priority sector “%1”</source>
            <translation>Agregar sector prioritario “%1”</translation>
        </message>
        <message>
            <source>Rename priority sector “%1”</source>
            <translation>Renombrar sector prioritario “%1”</translation>
        </message>
        <message>
            <source>Delete priority sector “%1”</source>
            <translation>Eliminar sector prioritario “%1”</translation>
        </message>
        <message>
            <source>Move priority sector “%1” up</source>
            <translation>Subir sector prioritario “%1”</translation>
        </message>
        <message>
            <source>Move priority sector “%1” down</source>
            <translation>Bajar sector prioritario “%1”</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>No se puede leer la base de datos</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Delete agenda</source>
            <translation>Eliminar agenda</translation>
        </message>
        <message>
            <source>Delete “%1” with its goals and priority sectors? You can undo this with %2.</source>
            <translation>¿Eliminar “%1” con sus objetivos y sectores prioritarios? Puede deshacerlo con %2.</translation>
        </message>
        <message>
            <source>Delete agenda “%1”</source>
            <translation>Eliminar agenda “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>No se puede deshacer ni rehacer</translation>
        </message>
    </context>
    <context>
        <name>AgreementColumns</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa o agenda</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>cumplido el %1</translation>
        </message>
        <message>
            <source>cancelled on %1</source>
            <translation>cancelado el %1</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Sesión %1</translation>
        </message>
        <message>
            <source>Follow-up: %1</source>
            <translation>Seguimiento: %1</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Institución responsable</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Agreement %1</source>
            <translation>Acuerdo %1</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Nuevo acuerdo</translation>
        </message>
    </context>
    <context>
        <name>AgreementFilters</name>
        <message>
            <source>Text, follow-up or responsible institution</source>
            <translation>Texto, seguimiento o institución responsable</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All initiatives and agendas</source>
            <translation>Todas las iniciativas y agendas</translation>
        </message>
        <message>
            <source>All responsible institutions</source>
            <translation>Todas las instituciones responsables</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Initiative or agenda filter</source>
            <translation>Filtro de iniciativa o agenda</translation>
        </message>
        <message>
            <source>Responsible institution filter</source>
            <translation>Filtro de institución responsable</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de estado</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Solo &amp;vencidos</translation>
        </message>
        <message>
            <source>Open agreements past their due date</source>
            <translation>Acuerdos abiertos cuya fecha límite ya pasó</translation>
        </message>
        <message>
            <source>Due on or before this date</source>
            <translation>Con fecha límite en esta fecha o antes</translation>
        </message>
        <message>
            <source>Due &amp;by:</source>
            <translation>Fecha límite &amp;hasta:</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpiar filtros</translation>
        </message>
        <message>
            <source>Show every open agreement again</source>
            <translation>Volver a mostrar todos los acuerdos abiertos</translation>
        </message>
    </context>
    <context>
        <name>AgreementForm</name>
        <message>
            <source>The minutes of this session are approved: what they say cannot change. Its follow-up (status, date, notes) can.</source>
            <translation>El acta de esta sesión está aprobada: lo que dice no puede cambiar. El seguimiento del acuerdo (estado, fecha, notas) sí puede cambiar.</translation>
        </message>
        <message>
            <source>Required: who commits to do what</source>
            <translation>Obligatorio: quién se compromete a hacer qué</translation>
        </message>
        <message>
            <source>The institution that committed to it</source>
            <translation>La institución que asumió el compromiso</translation>
        </message>
        <message>
            <source>How it is going: reported progress, delays</source>
            <translation>Cómo va: avances informados, atrasos</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Acuerdo:</translation>
        </message>
        <message>
            <source>Responsible &amp;institution:</source>
            <translation>&amp;Institución responsable:</translation>
        </message>
        <message>
            <source>Responsible &amp;person:</source>
            <translation>&amp;Persona responsable:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Fecha límite:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>D&amp;one on:</source>
            <translation>C&amp;umplido el:</translation>
        </message>
        <message>
            <source>&amp;Cancelled on:</source>
            <translation>&amp;Cancelado el:</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Seguimiento:</translation>
        </message>
        <message>
            <source>Action it ad&amp;vances:</source>
            <translation>Acción que i&amp;mpulsa:</translation>
        </message>
        <message>
            <source>&amp;Bottleneck it addresses:</source>
            <translation>Cuello de &amp;botella que atiende:</translation>
        </message>
        <message>
            <source>New agreement of %1</source>
            <translation>Nuevo acuerdo de %1</translation>
        </message>
        <message>
            <source>Agreement %1 of %2</source>
            <translation>Acuerdo %1 de %2</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Choose an institution from the list, or leave the field empty.</source>
            <translation>Elija una institución de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>Choose a person from the list, or pick “No specific person”.</source>
            <translation>Elija una persona de la lista o seleccione “Ninguna persona específica”.</translation>
        </message>
        <message>
            <source>Record agreement %1</source>
            <translation>Registrar el acuerdo %1</translation>
        </message>
        <message>
            <source>Edit agreement %1</source>
            <translation>Editar el acuerdo %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementStatusLabels</name>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>AgreementUndo</name>
        <message>
            <source>Cannot mark the agreements done</source>
            <translation>No se pueden marcar los acuerdos como cumplidos</translation>
        </message>
        <message>
            <source>Mark agreement %1 done</source>
            <translation>Marcar el acuerdo %1 como cumplido</translation>
        </message>
    </context>
    <context>
        <name>AgreementsArea</name>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;cumplido</translation>
        </message>
        <message>
            <source>Mark the selected open agreements done today</source>
            <translation>Marcar hoy como cumplidos los acuerdos abiertos seleccionados</translation>
        </message>
        <message>
            <source>Follow-&amp;up…</source>
            <translation>Se&amp;guimiento…</translation>
        </message>
        <message>
            <source>Update the status and follow-up of the agreement</source>
            <translation>Actualizar el estado y el seguimiento del acuerdo</translation>
        </message>
        <message>
            <source>Go to &amp;meeting</source>
            <translation>Ir a la &amp;sesión</translation>
        </message>
        <message>
            <source>Open the meeting where it was agreed</source>
            <translation>Abrir la sesión en la que se acordó</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the agreements of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar los acuerdos de la lista, con la búsqueda y los filtros aplicados, en Excel o CSV</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acuerdo</numerusform>
                <numerusform>%n acuerdos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due soon</source>
            <translation>
                <numerusform>%n por vencer</numerusform>
                <numerusform>%n por vencer</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is not a date: type the due date as dd/mm/yyyy.</source>
            <translation>“%1” no es una fecha: escriba la fecha límite como dd/mm/aaaa.</translation>
        </message>
        <message>
            <source>No agreement matches these filters.</source>
            <translation>Ningún acuerdo coincide con estos filtros.</translation>
        </message>
        <message>
            <source>No open agreements. Agreements are recorded in the minutes of a meeting.</source>
            <translation>No hay acuerdos abiertos. Los acuerdos se registran en el acta de una sesión.</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como cumplido</translation>
        </message>
        <message numerus="yes">
            <source>Mark %n agreement(s) done on %1?</source>
            <translation>
                <numerusform>¿Marcar %n acuerdo como cumplido el %1?</numerusform>
                <numerusform>¿Marcar %n acuerdos como cumplidos el %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) marked done.</source>
            <translation>
                <numerusform>%n acuerdo marcado como cumplido.</numerusform>
                <numerusform>%n acuerdos marcados como cumplidos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already closed, left as it was.</source>
            <translation>
                <numerusform>%n ya estaba cerrado; se dejó como estaba.</numerusform>
                <numerusform>%n ya estaban cerrados; se dejaron como estaban.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 undoes it.</source>
            <translation>Puede deshacerlo con %1.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Nuevo acuerdo</translation>
        </message>
        <message>
            <source>Agreements are recorded in the minutes of their meeting: open the meeting (Go to meeting) and add it on its Agreements tab.</source>
            <translation>Los acuerdos se registran en el acta de su sesión: abra la sesión (Ir a la sesión) y agréguelo en su pestaña Acuerdos.</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Eliminar acuerdo</translation>
        </message>
        <message>
            <source>Delete agreement “%1”</source>
            <translation>Eliminar acuerdo “%1”</translation>
        </message>
    </context>
    <context>
        <name>AgreementsFollowUpDocument</name>
        <message>
            <source>Agreements follow-up</source>
            <translation>Seguimiento de acuerdos</translation>
        </message>
        <message>
            <source>Every initiative and agenda</source>
            <translation>Todas las iniciativas y agendas</translation>
        </message>
        <message>
            <source>Open agreements as of %1</source>
            <translation>Acuerdos abiertos al %1</translation>
        </message>
        <message>
            <source>There are no open agreements.</source>
            <translation>No hay acuerdos abiertos.</translation>
        </message>
        <message>
            <source>No responsible institution</source>
            <translation>Sin institución responsable</translation>
        </message>
        <message>
            <source>Session %1, %2</source>
            <translation>Sesión %1, %2</translation>
        </message>
        <message>
            <source>Next session:</source>
            <translation>Próxima sesión:</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Institución responsable</translation>
        </message>
        <message>
            <source>Open agreements</source>
            <translation>Acuerdos abiertos</translation>
        </message>
        <message>
            <source>Overdue agreements</source>
            <translation>Acuerdos vencidos</translation>
        </message>
        <message>
            <source>Most days overdue</source>
            <translation>Máximo de días de atraso</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <source>%n open agreement(s)</source>
            <translation>
                <numerusform>%n acuerdo abierto</numerusform>
                <numerusform>%n acuerdos abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s)</source>
            <translation>
                <numerusform>%n institución</numerusform>
                <numerusform>%n instituciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa o agenda</translation>
        </message>
        <message>
            <source>Agreement text</source>
            <translation>Texto del acuerdo</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Persona responsable</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Días de atraso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Seguimiento:</translation>
        </message>
        <message>
            <source>Agreement %1</source>
            <translation>Acuerdo %1</translation>
        </message>
        <message>
            <source>Session %1, agreement %2</source>
            <translation>Sesión %1, acuerdo %2</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Por vencer</translation>
        </message>
    </context>
    <context>
        <name>AgreementsTab</name>
        <message>
            <source>Agreements of this session</source>
            <translation>Acuerdos de esta sesión</translation>
        </message>
        <message>
            <source>Ne&amp;w agreement…</source>
            <translation>Nue&amp;vo acuerdo…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Modi&amp;ficar…</translation>
        </message>
        <message>
            <source>Mar&amp;k done</source>
            <translation>Marcar &amp;cumplido</translation>
        </message>
        <message>
            <source>Mark the selected open agreements done today</source>
            <translation>Marcar hoy como cumplidos los acuerdos abiertos seleccionados</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Elimi&amp;nar…</translation>
        </message>
        <message>
            <source>Pending agreements from earlier sessions</source>
            <translation>Acuerdos pendientes de sesiones anteriores</translation>
        </message>
        <message>
            <source>Update &amp;follow-up…</source>
            <translation>Actualizar &amp;seguimiento…</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Marcar como cu&amp;mplido</translation>
        </message>
        <message>
            <source>Cannot open the agreement</source>
            <translation>No se puede abrir el acuerdo</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Eliminar acuerdo</translation>
        </message>
        <message>
            <source>Delete agreement “%1”</source>
            <translation>Eliminar el acuerdo “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) marked done before this session meets: no longer pending here (%1 undoes it).</source>
            <translation>
                <numerusform>%n acuerdo marcado como cumplido antes de que se realice esta sesión: ya no figura como pendiente aquí (%1 lo deshace).</numerusform>
                <numerusform>%n acuerdos marcados como cumplidos antes de que se realice esta sesión: ya no figuran como pendientes aquí (%1 lo deshace).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acuerdo</numerusform>
                <numerusform>%n acuerdos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still open</source>
            <translation>
                <numerusform>%n sigue abierto</numerusform>
                <numerusform>%n siguen abiertos</numerusform>
            </translation>
        </message>
        <message>
            <source>No agreements were recorded at this session.</source>
            <translation>No se registraron acuerdos en esta sesión.</translation>
        </message>
        <message>
            <source>No agreements recorded yet. Record each one with “New agreement”: who commits to what, by when.</source>
            <translation>Aún no hay acuerdos registrados. Registre cada uno con “Nuevo acuerdo”: quién se compromete a qué y para cuándo.</translation>
        </message>
        <message>
            <source>No agreements of earlier sessions were pending when this one met.</source>
            <translation>Ningún acuerdo de sesiones anteriores estaba pendiente cuando se realizó esta sesión.</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-&amp;up…</source>
            <translation>Se&amp;guimiento…</translation>
        </message>
        <message>
            <source>The minutes are approved: no agreements can be added to them.</source>
            <translation>El acta está aprobada: no se le pueden agregar acuerdos.</translation>
        </message>
        <message>
            <source>Record an agreement taken at this session</source>
            <translation>Registrar un acuerdo tomado en esta sesión</translation>
        </message>
    </context>
    <context>
        <name>AllActionsPage</name>
        <message>
            <source>Code, action, axis, responsible or indicator</source>
            <translation>Código, acción, eje, responsable o indicador</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de estado</translation>
        </message>
        <message>
            <source>Plan filter</source>
            <translation>Filtro de plan</translation>
        </message>
        <message>
            <source>All plans</source>
            <translation>Todos los planes</translation>
        </message>
        <message>
            <source>Only &amp;delayed</source>
            <translation>Solo &amp;atrasadas</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar las filas de la lista, con la búsqueda y los filtros aplicados, en Excel o CSV</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) found</source>
            <translation>
                <numerusform>Se encontró %n acción</numerusform>
                <numerusform>Se encontraron %n acciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <source>No action matches the search or the filters.</source>
            <translation>Ninguna acción coincide con la búsqueda o los filtros.</translation>
        </message>
        <message>
            <source>There are no actions yet. Add them in a plan.</source>
            <translation>Aún no hay acciones. Agréguelas en un plan.</translation>
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
        <name>ApprovalNote</name>
        <message numerus="yes">
            <source>Changed after the minutes were approved on %1: %n change(s).</source>
            <translation>
                <numerusform>Modificada después de que el acta se aprobó el %1: %n cambio.</numerusform>
                <numerusform>Modificada después de que el acta se aprobó el %1: %n cambios.</numerusform>
            </translation>
        </message>
        <message>
            <source>See the history</source>
            <translation>Ver el historial</translation>
        </message>
    </context>
    <context>
        <name>AttendanceColumns</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de actor</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Role in the initiative</source>
            <translation>Rol en la iniciativa</translation>
        </message>
        <message>
            <source>Titular / alternate</source>
            <translation>Titular / suplente</translation>
        </message>
        <message>
            <source>Presence</source>
            <translation>Asistencia</translation>
        </message>
    </context>
    <context>
        <name>AttendanceHint</name>
        <message>
            <source>The minutes are approved: the attendance is read-only.</source>
            <translation>El acta está aprobada: la asistencia es de solo lectura.</translation>
        </message>
        <message>
            <source>The meeting was cancelled: the invitations are read-only.</source>
            <translation>La sesión fue cancelada: las invitaciones son de solo lectura.</translation>
        </message>
        <message>
            <source>Mark the meeting as held to record attendance. Meanwhile, prepare the invitations; T switches the selected rows between titular and alternate.</source>
            <translation>Marque la sesión como realizada para registrar la asistencia. Mientras tanto, prepare las invitaciones; T alterna las filas seleccionadas entre titular y suplente.</translation>
        </message>
        <message>
            <source>Keys on the list: 1 or A attended · 2 or E excused · 3 or X absent · Space: the next one · T: titular / alternate. Shift or Ctrl + click selects several rows.</source>
            <translation>Teclas en la lista: 1 o A asistió · 2 o J justificó · 3 o X ausente · Espacio: el estado siguiente · T: titular / suplente. Shift o Ctrl + clic selecciona varias filas.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>The organization is invited, without a named person</source>
            <translation>La organización está invitada, sin una persona designada</translation>
        </message>
        <message>
            <source>%1 — press T to switch between titular and alternate</source>
            <translation>%1 — presione T para alternar entre titular y suplente</translation>
        </message>
        <message>
            <source>Mark the meeting as held to record attendance</source>
            <translation>Marque la sesión como realizada para registrar la asistencia</translation>
        </message>
        <message>
            <source>%1 — 1 or A: attended · 2 or E: excused · 3 or X: absent · Space or a click: the next one</source>
            <translation>%1 — 1 o A: asistió · 2 o J: justificó · 3 o X: ausente · Espacio o un clic: el estado siguiente</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummary</name>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n invitado</numerusform>
                <numerusform>%n invitados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attended %1 of %n invited</source>
            <translation>
                <numerusform>Asistencia: %1 de %n invitado</numerusform>
                <numerusform>Asistencia: %1 de %n invitados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n justificó</numerusform>
                <numerusform>%n justificaron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absent</source>
            <translation>
                <numerusform>%n ausente</numerusform>
                <numerusform>%n ausentes</numerusform>
            </translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nadie aún</translation>
        </message>
        <message>
            <source>Attended, by actor type: %1</source>
            <translation>Asistieron, por tipo de actor: %1</translation>
        </message>
        <message>
            <source>By gender: %1</source>
            <translation>Por género: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>&amp;Remove invitation</source>
            <translation>&amp;Quitar invitación</translation>
        </message>
        <message>
            <source>Remove the selected rows from the invitees</source>
            <translation>Quitar las filas seleccionadas de los invitados</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificó</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Mark the selected rows as “%1” (key %2)</source>
            <translation>Marcar las filas seleccionadas como “%1” (tecla %2)</translation>
        </message>
        <message>
            <source>Mar&amp;k all as attended</source>
            <translation>Marcar a todos como asi&amp;stentes</translation>
        </message>
        <message>
            <source>Everyone invited attended; then mark the exceptions</source>
            <translation>Todos los invitados asistieron; luego marque las excepciones</translation>
        </message>
        <message>
            <source>Nobody is invited yet. Invite the initiative's participants with “Invite ▸ All participants”, or people from the directory.</source>
            <translation>Aún no hay nadie invitado. Invite a los participantes de la iniciativa con “Invitar ▸ Todos los participantes”, o a personas del directorio.</translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as attended</source>
            <translation>
                <numerusform>Registrar que %n invitado asistió</numerusform>
                <numerusform>Registrar que %n invitados asistieron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as excused</source>
            <translation>
                <numerusform>Registrar que %n invitado justificó su ausencia</numerusform>
                <numerusform>Registrar que %n invitados justificaron su ausencia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as absent</source>
            <translation>
                <numerusform>Marcar a %n invitado como ausente</numerusform>
                <numerusform>Marcar a %n invitados como ausentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n invitee(s) as alternate</source>
            <translation>
                <numerusform>Marcar a %n invitado como suplente</numerusform>
                <numerusform>Marcar a %n invitados como suplentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n invitee(s) as titular</source>
            <translation>
                <numerusform>Marcar a %n invitado como titular</numerusform>
                <numerusform>Marcar a %n invitados como titulares</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark the meeting as held to record attendance.</source>
            <translation>Marque la sesión como realizada para registrar la asistencia.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Invitees and their attendance</source>
            <translation>Invitados y su asistencia</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Crear copia de se&amp;guridad ahora…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Backups: by the server's administrator</source>
            <translation>Copias de seguridad: a cargo del administrador del servidor</translation>
        </message>
        <message>
            <source>Last backup failed</source>
            <translation>Falló la última copia de seguridad</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Aún no hay copias de seguridad</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>Última copia de seguridad: %1</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Crear copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Back up to a folder or USB stick</source>
            <translation>Guardar la copia de seguridad en una carpeta o memoria USB</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Creando la copia de seguridad…</translation>
        </message>
        <message>
            <source>The backup was written to %1 (%2).

It is one file: keep it somewhere safe, away from this computer. File › Restore… › Choose a file… puts it back.</source>
            <translation>La copia de seguridad se guardó en %1 (%2).

Es un solo archivo: guárdelo en un lugar seguro, fuera de esta computadora. Archivo › Restaurar… › Elegir un archivo… la restaura.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <source>Backup written to %1 (%2).</source>
            <translation>Copia de seguridad escrita en %1 (%2).</translation>
        </message>
        <message>
            <source>%1 restored from %2 (%3).</source>
            <translation>%1 restaurada desde %2 (%3).</translation>
        </message>
        <message>
            <source>The database as it was is kept in %1.</source>
            <translation>La base de datos tal como estaba se guarda en %1.</translation>
        </message>
        <message>
            <source>The damaged database was moved to %1.</source>
            <translation>La base de datos dañada se movió a %1.</translation>
        </message>
        <message>
            <source>the database %1 is damaged: %2. Restore a backup (agencydesk restore FILE).</source>
            <translation>la base de datos %1 está dañada: %2. Restaure una copia de seguridad (agencydesk restore ARCHIVO).</translation>
        </message>
        <message numerus="yes">
            <source>the database %1 is damaged: %2 (and %n more). Restore a backup (agencydesk restore FILE).</source>
            <translation>
                <numerusform>la base de datos %1 está dañada: %2 (y %n problema más). Restaure una copia de seguridad (agencydesk restore ARCHIVO).</numerusform>
                <numerusform>la base de datos %1 está dañada: %2 (y %n problemas más). Restaure una copia de seguridad (agencydesk restore ARCHIVO).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no problems found.</source>
            <translation>%1: no se encontraron problemas.</translation>
        </message>
    </context>
    <context>
        <name>BackupWords</name>
        <message>
            <source>First start of the day</source>
            <translation>Primer inicio del día</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Copia manual</translation>
        </message>
        <message>
            <source>Before updating AgencyDesk</source>
            <translation>Antes de actualizar AgencyDesk</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <source>Before undoing an import</source>
            <translation>Antes de deshacer una importación</translation>
        </message>
        <message>
            <source>Before removing several records</source>
            <translation>Antes de eliminar varios registros</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>today at %1</source>
            <translation>hoy a las %1</translation>
        </message>
        <message>
            <source>yesterday at %1</source>
            <translation>ayer a las %1</translation>
        </message>
        <message>
            <source>The backup of %1 was restored: %2.</source>
            <translation>Se restauró la copia de seguridad de %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>No se puede leer</translation>
        </message>
    </context>
    <context>
        <name>BottleneckColumns</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Cuello de botella</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidad competente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identificado</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>Días abierto</translation>
        </message>
    </context>
    <context>
        <name>BottleneckForm</name>
        <message>
            <source>Required: what blocks the sector, briefly</source>
            <translation>Obligatorio: qué bloquea al sector, en pocas palabras</translation>
        </message>
        <message>
            <source>The institution that can remove the bottleneck</source>
            <translation>La institución que puede eliminar el cuello de botella</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Código:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Títul&amp;o:</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Cate&amp;goría:</translation>
        </message>
        <message>
            <source>Co&amp;mpetent entity:</source>
            <translation>&amp;Entidad competente:</translation>
        </message>
        <message>
            <source>&amp;Identified on:</source>
            <translation>Identi&amp;ficado el:</translation>
        </message>
        <message>
            <source>Raised in:</source>
            <translation>Planteado en:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>Descr&amp;ipción:</translation>
        </message>
        <message>
            <source>&amp;Proposed solution:</source>
            <translation>Solució&amp;n propuesta:</translation>
        </message>
        <message>
            <source>New bottleneck</source>
            <translation>Nuevo cuello de botella</translation>
        </message>
        <message>
            <source>Bottleneck %1</source>
            <translation>Cuello de botella %1</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Elija una organización de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>The next step of the workflow is dated earlier than this.</source>
            <translation>El siguiente paso del flujo de trabajo tiene una fecha anterior a esta.</translation>
        </message>
        <message>
            <source>Record bottleneck “%1”</source>
            <translation>Registrar cuello de botella “%1”</translation>
        </message>
        <message>
            <source>Edit bottleneck “%1”</source>
            <translation>Editar cuello de botella “%1”</translation>
        </message>
    </context>
    <context>
        <name>BottlenecksChart</name>
        <message>
            <source>Bottlenecks per initiative</source>
            <translation>Cuellos de botella por iniciativa</translation>
        </message>
        <message>
            <source>No bottlenecks recorded yet: register them on an initiative's Bottlenecks tab to follow them here.</source>
            <translation>Aún no hay cuellos de botella registrados: regístrelos en la pestaña Cuellos de botella de una iniciativa para darles seguimiento aquí.</translation>
        </message>
        <message numerus="yes">
            <source>%n more initiative(s) with fewer open bottlenecks not shown.</source>
            <translation>
                <numerusform>No se muestra %n iniciativa más con menos cuellos de botella abiertos.</numerusform>
                <numerusform>No se muestran %n iniciativas más con menos cuellos de botella abiertos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abiertos</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resueltos</translation>
        </message>
        <message>
            <source>%1
Open: %2 · Resolved: %3</source>
            <translation>%1
Abiertos: %2 · Resueltos: %3</translation>
        </message>
        <message numerus="yes">
            <source>%n dropped</source>
            <translation>
                <numerusform>%n descartado</numerusform>
                <numerusform>%n descartados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s) in all</source>
            <translation>
                <numerusform>%n cuello de botella en total</numerusform>
                <numerusform>%n cuellos de botella en total</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to open its bottlenecks register.</source>
            <translation>Haga clic para abrir su registro de cuellos de botella.</translation>
        </message>
    </context>
    <context>
        <name>BottlenecksPanel</name>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abiertos</translation>
        </message>
        <message>
            <source>Resolved or dropped</source>
            <translation>Resueltos o descartados</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>&amp;New bottleneck</source>
            <translation>Nue&amp;vo cuello de botella</translation>
        </message>
        <message>
            <source>Choose a bottleneck in the register to follow its status, or record one with “New bottleneck”.</source>
            <translation>Elija un cuello de botella del registro para seguir su estado, o registre uno con “Nuevo cuello de botella”.</translation>
        </message>
        <message>
            <source>Cannot record a bottleneck</source>
            <translation>No se puede registrar el cuello de botella</translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n cuello de botella</numerusform>
                <numerusform>%n cuellos de botella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n abierto</numerusform>
                <numerusform>%n abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n resuelto</numerusform>
                <numerusform>%n resueltos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped</source>
            <translation>
                <numerusform>%n descartado</numerusform>
                <numerusform>%n descartados</numerusform>
            </translation>
        </message>
        <message>
            <source>No bottlenecks recorded for this initiative yet. Record the first one with “New bottleneck”.</source>
            <translation>Aún no hay cuellos de botella registrados para esta iniciativa. Registre el primero con “Nuevo cuello de botella”.</translation>
        </message>
        <message>
            <source>No bottleneck matches the filter.</source>
            <translation>Ningún cuello de botella coincide con el filtro.</translation>
        </message>
        <message>
            <source>Cannot show the bottleneck</source>
            <translation>No se puede mostrar el cuello de botella</translation>
        </message>
        <message>
            <source>Delete bottleneck</source>
            <translation>Eliminar cuello de botella</translation>
        </message>
        <message>
            <source>Delete “%1” and its history? You can undo this with %2.</source>
            <translation>¿Eliminar “%1” y su historial? Puede deshacerlo con %2.</translation>
        </message>
        <message>
            <source>Delete bottleneck “%1”</source>
            <translation>Eliminar cuello de botella “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>No se puede deshacer ni rehacer</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Asocie las columnas</translation>
        </message>
        <message>
            <source>For each column of the file, choose what it holds in AgencyDesk, or “Do not import”. Fields marked * are required.</source>
            <translation>Para cada columna del archivo, elija qué dato de AgencyDesk contiene, o “No importar”. Los campos marcados con * son obligatorios.</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Ejemplo</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>%1 (hidden in the file)</source>
            <translation>%1 (oculta en el archivo)</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>No importar</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>Elija una columna para: %1</translation>
        </message>
        <message>
            <source>The full name is taken from %1; where it is empty, it is joined from %2.</source>
            <translation>El nombre completo se toma de %1; donde está vacío, se forma con %2.</translation>
        </message>
        <message>
            <source>The full name is joined from %1.</source>
            <translation>El nombre completo se forma con %1.</translation>
        </message>
        <message>
            <source>The full name is joined from %1, for example “%2”.</source>
            <translation>El nombre completo se forma con %1, por ejemplo “%2”.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>it does not exist</source>
            <translation>no existe</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>Unknown entity %1. Choose one of: %2.</source>
            <translation>Entidad desconocida: %1. Elija una de estas: %2.</translation>
        </message>
        <message>
            <source>interrupted; nothing was written.</source>
            <translation>interrumpido; no se escribió nada.</translation>
        </message>
        <message>
            <source>unexpected error.</source>
            <translation>error inesperado.</translation>
        </message>
        <message>
            <source>unexpected error. Details are in %1.</source>
            <translation>error inesperado. Los detalles están en %1.</translation>
        </message>
        <message>
            <source>unexpected error; nothing was written. Details are in %1.</source>
            <translation>error inesperado; no se escribió nada. Los detalles están en %1.</translation>
        </message>
        <message>
            <source>Demo data written to %1: %2</source>
            <translation>Datos de demostración escritos en %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1</source>
            <translation>
                <numerusform>%n fila escrita en %1</numerusform>
                <numerusform>%n filas escritas en %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Template for %1 written to %2</source>
            <translation>Plantilla de %1 escrita en %2</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>These records were changed both here and by %1 since your last exchange. For each one, keep the version of this database or take theirs. A record you leave undecided keeps this database's version and is asked about again at the next exchange.</source>
            <translation>Estos registros se modificaron tanto aquí como por %1 desde su último intercambio. Para cada uno, conserve la versión de esta base de datos o acepte la recibida. Un registro que deje sin decidir conserva la versión de esta base de datos y se volverá a consultar en el próximo intercambio.</translation>
        </message>
        <message>
            <source>Conflicting records</source>
            <translation>Registros en conflicto</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Campos que difieren</translation>
        </message>
        <message>
            <source>Keep this database's version</source>
            <translation>Conservar la versión de esta base de datos</translation>
        </message>
        <message>
            <source>Take the version of %1</source>
            <translation>Tomar la versión de %1</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Conservar todas las mías</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Aceptar todas las recibidas</translation>
        </message>
        <message>
            <source>keep this database's</source>
            <translation>conservar la de esta base de datos</translation>
        </message>
        <message>
            <source>take theirs</source>
            <translation>aceptar la recibida</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>sin decidir todavía</translation>
        </message>
        <message>
            <source>%1 of %2 decided</source>
            <translation>%1 de %2 decididos</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>This database</source>
            <translation>Esta base de datos</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>%1 (changed %2)</source>
            <translation>%1 (modificado el %2)</translation>
        </message>
    </context>
    <context>
        <name>CountsBar</name>
        <message>
            <source>By actor type:</source>
            <translation>Por tipo de actor:</translation>
        </message>
        <message>
            <source>Public, by government level:</source>
            <translation>Públicos, por nivel de gobierno:</translation>
        </message>
        <message>
            <source>Taking part today: &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>Participan hoy: &lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;</translation>
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
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>AgencyDesk — damaged database</source>
            <translation>AgencyDesk — base de datos dañada</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>La base de datos está dañada</translation>
        </message>
        <message>
            <source>SQLite's check found damage in %1, so AgencyDesk did not open it (a damaged file can lose more data as it is used).</source>
            <translation>La verificación de SQLite encontró daños en %1, por eso AgencyDesk no abrió el archivo (un archivo dañado puede perder más datos si se sigue usando).</translation>
        </message>
        <message>
            <source>It was moved aside, not deleted: %1</source>
            <translation>No se eliminó, se movió aparte: %1</translation>
        </message>
        <message>
            <source>The newest backup that passes the check is from %1, with %2. Restoring it brings back everything up to that moment.</source>
            <translation>La copia de seguridad más reciente que pasa la verificación es de %1, con %2. Al restaurarla se recupera todo hasta ese momento.</translation>
        </message>
        <message>
            <source>No backup of this database was found in the backups folder. If you have one elsewhere (a USB stick), choose its file.</source>
            <translation>No se encontró ninguna copia de seguridad de esta base de datos en la carpeta de copias de seguridad. Si tiene una en otro lugar (una memoria USB), elija su archivo.</translation>
        </message>
        <message>
            <source>What the check found: %1</source>
            <translation>Lo que encontró la verificación: %1</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurar esta copia de seguridad</translation>
        </message>
        <message>
            <source>Choose &amp;another backup…</source>
            <translation>Elegir &amp;otra copia de seguridad…</translation>
        </message>
        <message>
            <source>Start an &amp;empty database</source>
            <translation>Comenzar con una base de datos &amp;vacía</translation>
        </message>
        <message>
            <source>Choose a backup &amp;file…</source>
            <translation>Elegir un &amp;archivo de copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Elegir un archivo de copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>active initiatives</source>
            <translation>iniciativas activas</translation>
        </message>
        <message>
            <source>open bottlenecks</source>
            <translation>cuellos de botella abiertos</translation>
        </message>
        <message>
            <source>delayed actions</source>
            <translation>acciones atrasadas</translation>
        </message>
        <message>
            <source>overdue agreements</source>
            <translation>acuerdos vencidos</translation>
        </message>
        <message>
            <source>organizations in the directory</source>
            <translation>organizaciones en el directorio</translation>
        </message>
        <message>
            <source>people in the directory</source>
            <translation>personas en el directorio</translation>
        </message>
        <message>
            <source>List the active initiatives.</source>
            <translation>Listar las iniciativas activas.</translation>
        </message>
        <message>
            <source>Show the bottlenecks of each initiative.</source>
            <translation>Mostrar los cuellos de botella de cada iniciativa.</translation>
        </message>
        <message>
            <source>List the actions marked delayed or past their end date.</source>
            <translation>Listar las acciones marcadas como atrasadas o con la fecha de fin vencida.</translation>
        </message>
        <message>
            <source>List the open agreements past their due date.</source>
            <translation>Listar los acuerdos abiertos con la fecha límite vencida.</translation>
        </message>
        <message>
            <source>Open the directory of organizations.</source>
            <translation>Abrir el directorio de organizaciones.</translation>
        </message>
        <message>
            <source>Open the directory of people.</source>
            <translation>Abrir el directorio de personas.</translation>
        </message>
        <message>
            <source>Figures as of %1.</source>
            <translation>Cifras al %1.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
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
        <name>DueWords</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>vencido hace %n día</numerusform>
                <numerusform>vencido hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>vence hoy</translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>vence en %n día</numerusform>
                <numerusform>vence en %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditParticipationDialog</name>
        <message>
            <source>Edit participation</source>
            <translation>Editar participación</translation>
        </message>
        <message>
            <source>No specific person</source>
            <translation>Ninguna persona específica</translation>
        </message>
        <message>
            <source>Empty while the participant still takes part</source>
            <translation>Vacío mientras el participante siga participando</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>R&amp;epresentation:</source>
            <translation>R&amp;epresentación:</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Hasta:</translation>
        </message>
    </context>
    <context>
        <name>EndParticipationDialog</name>
        <message>
            <source>End participation</source>
            <translation>Finalizar participación</translation>
        </message>
        <message>
            <source>On what day did %1 stop taking part? The participation stays in the history with this date.</source>
            <translation>¿Qué día dejó de participar %1? La participación queda en el historial con esta fecha.</translation>
        </message>
        <message>
            <source>&amp;Left on:</source>
            <translation>&amp;Se retiró el:</translation>
        </message>
        <message>
            <source>&amp;End participation</source>
            <translation>&amp;Finalizar participación</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation>Borrar los datos de esta persona</translation>
        </message>
        <message>
            <source>Erase the personal data of “%1”?</source>
            <translation>¿Borrar los datos personales de “%1”?</translation>
        </message>
        <message>
            <source>Their name becomes “%1”. Their national ID, phone, e-mail, gender, position, notes and consent are removed, here and in the history of changes.</source>
            <translation>Su nombre pasa a ser “%1”. Se eliminan su documento de identidad, teléfono, correo electrónico, género, cargo, notas y consentimiento, aquí y en el historial de cambios.</translation>
        </message>
        <message>
            <source>Kept, so that the counts stay right: %1. Their organization is kept too.</source>
            <translation>Se conservan, para que los conteos sigan siendo correctos: %1. También se conserva su organización.</translation>
        </message>
        <message numerus="yes">
            <source>They stay as the coordinator of %n initiative(s), under the new name.</source>
            <translation>
                <numerusform>Sigue a cargo de la coordinación de %n iniciativa, con el nuevo nombre.</numerusform>
                <numerusform>Sigue a cargo de la coordinación de %n iniciativas, con el nuevo nombre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before now still hold their data. Export their data first if they asked for a copy.</source>
            <translation>Las copias de seguridad hechas hasta ahora aún contienen sus datos. Si la persona pidió una copia, exporte sus datos primero.</translation>
        </message>
        <message numerus="yes">
            <source>Their name or contact details also appear in the text of %n other record(s). Those texts are not changed: edit them if they must go too.</source>
            <translation>
                <numerusform>Su nombre o sus datos de contacto también aparecen en el texto de %n registro más. Esos textos no se modifican: edítelos si también deben quitarse.</numerusform>
                <numerusform>Su nombre o sus datos de contacto también aparecen en el texto de otros %n registros. Esos textos no se modifican: edítelos si también deben quitarse.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other records that mention them</source>
            <translation>Otros registros que la mencionan</translation>
        </message>
        <message>
            <source>This cannot be undone, and the list of changes you can undo is cleared.</source>
            <translation>Esto no se puede deshacer, y se vacía la lista de cambios que puede deshacer.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>E&amp;xchange</source>
            <translation>In&amp;tercambio</translation>
        </message>
        <message>
            <source>&amp;Export for another office…</source>
            <translation>&amp;Exportar para otra oficina…</translation>
        </message>
        <message>
            <source>&amp;Import from another office…</source>
            <translation>&amp;Importar de otra oficina…</translation>
        </message>
        <message>
            <source>AgencyDesk exchange file (*%1)</source>
            <translation>Archivo de intercambio de AgencyDesk (*%1)</translation>
        </message>
        <message>
            <source>Export for another office</source>
            <translation>Exportar para otra oficina</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Todos los registros</translation>
        </message>
        <message>
            <source>Writing the exchange file…</source>
            <translation>Escribiendo el archivo de intercambio…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) written to %1.</source>
            <translation>
                <numerusform>%n registro guardado en %1.</numerusform>
                <numerusform>%n registros guardados en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import from another office</source>
            <translation>Importar de otra oficina</translation>
        </message>
        <message>
            <source>Reading the exchange file…</source>
            <translation>Leyendo el archivo de intercambio…</translation>
        </message>
        <message>
            <source>Importing the exchange file…</source>
            <translation>Importando el archivo de intercambio…</translation>
        </message>
    </context>
    <context>
        <name>ExchangeCommand</name>
        <message>
            <source>the initiative "%1"</source>
            <translation>la iniciativa «%1»</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>todo</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) (%1) written to %2</source>
            <translation>
                <numerusform>%n registro (%1) escrito en %2</numerusform>
                <numerusform>%n registros (%1) escritos en %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n creado</numerusform>
                <numerusform>%n creados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>took the file's version</source>
            <translation>se tomó la versión del archivo</translation>
        </message>
        <message>
            <source>kept this database's version</source>
            <translation>se mantuvo la versión de esta base de datos</translation>
        </message>
        <message>
            <source>left as it is here (undecided)</source>
            <translation>se dejó como está aquí (sin decidir)</translation>
        </message>
        <message>
            <source>matched to a record here by its name or id</source>
            <translation>asociado a un registro de aquí por su nombre o identificador</translation>
        </message>
        <message>
            <source>renumbered (its number was taken here)</source>
            <translation>renumerado (su número ya estaba en uso aquí)</translation>
        </message>
        <message>
            <source>not brought back (deleted here after an earlier exchange)</source>
            <translation>no se recuperó (se eliminó aquí después de un intercambio anterior)</translation>
        </message>
        <message>
            <source>skipped (what it belongs to is not here)</source>
            <translation>omitido (aquello a lo que pertenece no está aquí)</translation>
        </message>
        <message>
            <source>written without a link whose record is not here</source>
            <translation>escrito sin un vínculo cuyo registro no está aquí</translation>
        </message>
        <message>
            <source>Note: %1 "%2" %3</source>
            <translation>Nota: %1 «%2» %3</translation>
        </message>
        <message>
            <source>Conflict: %1 "%2" [%3]: %4</source>
            <translation>Conflicto: %1 «%2» [%3]: %4</translation>
        </message>
        <message>
            <source>%1: here %2, there %3</source>
            <translation>%1: aquí %2, allá %3</translation>
        </message>
        <message>
            <source>database %1</source>
            <translation>base de datos %1</translation>
        </message>
        <message>
            <source>%1: %2, from %3, exported %4 UTC</source>
            <translation>%1: %2, de %3, exportado el %4 UTC</translation>
        </message>
        <message>
            <source>(dry run: nothing written)</source>
            <translation>(simulación: no se escribió nada)</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) left as they are here; settle them in the program (File &gt; Exchange &gt; Import) or with --take-theirs / --keep-mine.</source>
            <translation>
                <numerusform>%n conflicto quedó como está aquí; resuélvalo en el programa (Archivo &gt; Intercambio &gt; Importar de otra oficina) o con --take-theirs / --keep-mine.</numerusform>
                <numerusform>%n conflictos quedaron como están aquí; resuélvalos en el programa (Archivo &gt; Intercambio &gt; Importar de otra oficina) o con --take-theirs / --keep-mine.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeFields</name>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Punto de agenda</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobado el</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Fecha de la línea base</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Cuello de botella</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>Cancelada el</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>Fecha y hora del cambio</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Cambiado por</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Fecha del cambio</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidad competente</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Hora de término</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>From status</source>
            <translation>Estado anterior</translation>
        </message>
        <message>
            <source>Identified on</source>
            <translation>Identificado el</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Next meeting on</source>
            <translation>Próxima sesión el</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Forma parte de</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Fin del período</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Inicio del período</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Proposed solution</source>
            <translation>Solución propuesta</translation>
        </message>
        <message>
            <source>Raised in meeting</source>
            <translation>Planteado en la sesión</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Evidence of resolution</source>
            <translation>Evidencia de resolución</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resuelto el</translation>
        </message>
        <message>
            <source>Responsible organization</source>
            <translation>Institución responsable</translation>
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
            <source>Started on</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Enunciado</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha de la meta</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>To status</source>
            <translation>Estado nuevo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visión</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaryDialog</name>
        <message>
            <source>Import from another office</source>
            <translation>Importar de otra oficina</translation>
        </message>
        <message>
            <source>Exchange imported</source>
            <translation>Intercambio importado</translation>
        </message>
        <message>
            <source>The initiative “%1”</source>
            <translation>La iniciativa “%1”</translation>
        </message>
        <message>
            <source>Everything in their database</source>
            <translation>Todo lo de la base de datos de esa oficina</translation>
        </message>
        <message>
            <source>From: %1 · exported on %2
What: %3</source>
            <translation>De: %1 · exportado el %2
Contenido: %3</translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>Resolver conflictos…</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Not brought back</source>
            <translation>No reincorporados</translation>
        </message>
        <message>
            <source>What the import changes</source>
            <translation>Lo que cambia la importación</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Nothing to change: this database already has all of it.</source>
            <translation>Nada que cambiar: esta base de datos ya lo tiene todo.</translation>
        </message>
        <message>
            <source>What importing this file will do (nothing is written yet):</source>
            <translation>Lo que hará la importación de este archivo (todavía no se guarda nada):</translation>
        </message>
        <message>
            <source>The file was imported. What changed:</source>
            <translation>Se importó el archivo. Lo que cambió:</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Sin conflictos.</translation>
        </message>
        <message numerus="yes">
            <source>Changed both here and by %1 since your last exchange: %n record(s).</source>
            <translation>
                <numerusform>Modificado tanto aquí como por %1 desde su último intercambio: %n registro.</numerusform>
                <numerusform>Modificados tanto aquí como por %1 desde su último intercambio: %n registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undecided: %n. They keep this database's version and are asked about again at the next exchange.</source>
            <translation>
                <numerusform>Sin decidir: %n. Conserva la versión de esta base de datos y se volverá a consultar en el próximo intercambio.</numerusform>
                <numerusform>Sin decidir: %n. Conservan la versión de esta base de datos y se volverán a consultar en el próximo intercambio.</numerusform>
            </translation>
        </message>
        <message>
            <source>All decided.</source>
            <translation>Todos decididos.</translation>
        </message>
        <message numerus="yes">
            <source>Conflicts settled as you chose: %n.</source>
            <translation>
                <numerusform>Conflicto resuelto según su elección: %n.</numerusform>
                <numerusform>Conflictos resueltos según su elección: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left as they are here, to be asked about at the next exchange: %n.</source>
            <translation>
                <numerusform>Se deja como está aquí, para consultarlo en el próximo intercambio: %n.</numerusform>
                <numerusform>Se dejan como están aquí, para consultarlos en el próximo intercambio: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the same as a record here (same name or id); merged</source>
            <translation>%1: es el mismo que un registro de aquí (mismo nombre o identificador); se fusionaron</translation>
        </message>
        <message>
            <source>%1: renumbered %2, its number was taken</source>
            <translation>%1: renumerado como %2, su número ya estaba en uso</translation>
        </message>
        <message>
            <source>%1: deleted here after an earlier exchange; not brought back</source>
            <translation>%1: se eliminó aquí después de un intercambio anterior; no se reincorporó</translation>
        </message>
        <message>
            <source>%1: not imported, what it belongs to is not here</source>
            <translation>%1: no se importó, el registro al que pertenece no está aquí</translation>
        </message>
        <message>
            <source>%1: imported without a link to a record that is not here</source>
            <translation>%1: se importó sin el vínculo a un registro que no está aquí</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTables</name>
        <message>
            <source>Territories</source>
            <translation>Territorios</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Agendas</source>
            <translation>Agendas</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Priority sectors</source>
            <translation>Sectores prioritarios</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Bottlenecks</source>
            <translation>Cuellos de botella</translation>
        </message>
        <message>
            <source>Bottleneck history</source>
            <translation>Historial de cuellos de botella</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Funding lines</source>
            <translation>Líneas de financiamiento</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mediciones</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Meeting log</source>
            <translation>Historial de sesiones</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Puntos de agenda</translation>
        </message>
        <message>
            <source>Bottlenecks discussed at meetings</source>
            <translation>Cuellos de botella tratados en sesiones</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</source>
            <translation>
                <numerusform>%n texto largo se cortó a %1 caracteres, el límite de Excel; la exportación .csv lo guarda completo.</numerusform>
                <numerusform>%n textos largos se cortaron a %1 caracteres, el límite de Excel; la exportación .csv los guarda completos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportScopeDialog</name>
        <message>
            <source>Export for another office</source>
            <translation>Exportar para otra oficina</translation>
        </message>
        <message>
            <source>Write an exchange file to send to another office by e-mail or on a USB stick. When they import it, records new to them are added, records changed here replace theirs, and records changed on both sides are shown to them to decide. Nothing is deleted.</source>
            <translation>Genere un archivo de intercambio para enviarlo a otra oficina por correo electrónico o en una memoria USB. Cuando esa oficina lo importe, se agregarán los registros que sean nuevos para ella, los registros modificados aquí reemplazarán a los que ella tiene y los registros modificados en ambos lados se le mostrarán para que decida. No se elimina nada.</translation>
        </message>
        <message>
            <source>The file holds the contact details of the people in it (personal data): send it only to offices that may hold them, and delete your copy once sent.</source>
            <translation>El archivo contiene los datos de contacto de las personas que incluye (datos personales): envíelo solo a oficinas que puedan tenerlos y elimine su copia una vez enviado.</translation>
        </message>
        <message>
            <source>One initiative, with its meetings, plan and actors:</source>
            <translation>Una iniciativa, con sus sesiones, plan y actores:</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Everything in this database</source>
            <translation>Todo lo de esta base de datos</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Elija el archivo</translation>
        </message>
        <message>
            <source>A spreadsheet or a text file a partner sent you: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or comma- or semicolon-separated text (.csv, .txt). You can also drag the file onto the main window.</source>
            <translation>Una hoja de cálculo o un archivo de texto que le envió una institución aliada: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) o texto separado por comas o por punto y coma (.csv, .txt). También puede arrastrar el archivo a la ventana principal.</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Aún no se eligió ningún archivo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Elegir un archivo…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elija el archivo que desea importar</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
            <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Leyendo %1</translation>
        </message>
        <message>
            <source>Reading was cancelled.</source>
            <translation>Se canceló la lectura.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n sheet(s)</source>
            <translation>
                <numerusform>%1: %n hoja</numerusform>
                <numerusform>%1: %n hojas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose another file, or fix this one.</source>
            <translation>Elija otro archivo o corrija este.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Words to find in this page</source>
            <translation>Palabras a buscar en esta página</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <source>Find the previous place (Shift+Enter)</source>
            <translation>Buscar el lugar anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Siguiente</translation>
        </message>
        <message>
            <source>Find the next place (Enter)</source>
            <translation>Buscar el lugar siguiente (Intro)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Cerrar la barra de búsqueda (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Cerrar la barra de búsqueda</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>No se encontró</translation>
        </message>
    </context>
    <context>
        <name>FollowsStack</name>
        <message>
            <source>Cannot undo or redo</source>
            <translation>No se puede deshacer ni rehacer</translation>
        </message>
    </context>
    <context>
        <name>FundingTable</name>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Program or fund</source>
            <translation>Programa o fondo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <source>Funding lines</source>
            <translation>Líneas de financiamiento</translation>
        </message>
        <message>
            <source>&amp;Add funding line</source>
            <translation>&amp;Agregar línea de financiamiento</translation>
        </message>
        <message>
            <source>e.g. PROCOMPITE, a CORFO fund</source>
            <translation>p. ej. PROCOMPITE, un fondo de CORFO</translation>
        </message>
        <message>
            <source>A valued contribution (staff, premises, labour), not cash</source>
            <translation>Un aporte valorizado (personal, locales, mano de obra), no en efectivo</translation>
        </message>
        <message>
            <source>Remove this funding line</source>
            <translation>Quitar esta línea de financiamiento</translation>
        </message>
        <message>
            <source>No funding lines yet.</source>
            <translation>Aún no hay líneas de financiamiento.</translation>
        </message>
        <message>
            <source>Total funding: %1</source>
            <translation>Financiamiento total: %1</translation>
        </message>
    </context>
    <context>
        <name>GenderChart</name>
        <message>
            <source>Participation by gender</source>
            <translation>Participación por género</translation>
        </message>
        <message>
            <source>No participant has a person recorded yet: add who represents each organization in an initiative to see participation by gender.</source>
            <translation>Aún ningún participante tiene una persona registrada: agregue quién representa a cada organización en una iniciativa para ver la participación por género.</translation>
        </message>
        <message>
            <source>Active participations held by a person.</source>
            <translation>Participaciones activas a cargo de una persona.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n participation(s) (%2). Click to list these people.</source>
            <translation>
                <numerusform>%1: %n participación (%2). Haga clic para ver a esta persona.</numerusform>
                <numerusform>%1: %n participaciones (%2). Haga clic para listar a estas personas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Contents of the guide</source>
            <translation>Contenido de la guía</translation>
        </message>
        <message>
            <source>Page of the guide</source>
            <translation>Página de la guía</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>The page read before</source>
            <translation>La página leída antes</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>The page read after</source>
            <translation>La página leída después</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>The first page of the guide, with every chapter</source>
            <translation>La primera página de la guía, con todos los capítulos</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <source>Find words in this page</source>
            <translation>Buscar palabras en esta página</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto más pequeño</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Achicar el texto</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto más grande</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Agrandar el texto</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print this chapter</source>
            <translation>Imprimir este capítulo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Cerrar la guía</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guía</translation>
        </message>
        <message>
            <source>%1 — AgencyDesk user guide</source>
            <translation>%1 — Guía de uso de AgencyDesk</translation>
        </message>
        <message>
            <source>AgencyDesk user guide</source>
            <translation>Guía de uso de AgencyDesk</translation>
        </message>
        <message>
            <source>Print “%1”</source>
            <translation>Imprimir «%1»</translation>
        </message>
    </context>
    <context>
        <name>HandoverDocument</name>
        <message>
            <source>Handover file</source>
            <translation>Expediente de traspaso</translation>
        </message>
        <message>
            <source>Situation as of %1</source>
            <translation>Situación al %1</translation>
        </message>
        <message>
            <source>This file gathers what whoever takes over the initiative needs to know: its data, who takes part, the bottlenecks, every session, the agreements and the action plan's progress. It is drawn from the office's records on the date above.</source>
            <translation>Este expediente reúne lo que necesita saber quien asume la iniciativa: sus datos, quiénes participan, los cuellos de botella, cada sesión, los acuerdos y el avance del plan de acción. Se elabora con los registros de la oficina a la fecha indicada arriba.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <source>Initiative data</source>
            <translation>Datos de la iniciativa</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Cifras clave</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) held</source>
            <translation>
                <numerusform>%n sesión realizada</numerusform>
                <numerusform>%n sesiones realizadas</numerusform>
            </translation>
        </message>
        <message>
            <source>next on %1</source>
            <translation>próxima el %1</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n abierto</numerusform>
                <numerusform>%n abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Institutions taking part</source>
            <translation>Instituciones participantes</translation>
        </message>
        <message>
            <source>Open bottlenecks</source>
            <translation>Cuellos de botella abiertos</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>progress %1</source>
            <translation>avance %1</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Action plan and progress</source>
            <translation>Plan de acción y avance</translation>
        </message>
        <message>
            <source>The initiative has no action plan.</source>
            <translation>La iniciativa no tiene plan de acción.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobado el</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Avance general</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eje</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Budget (%1)</source>
            <translation>Presupuesto (%1)</translation>
        </message>
        <message>
            <source>Funded (%1)</source>
            <translation>Financiado (%1)</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>No axis</source>
            <translation>Sin eje</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Actions by status:</source>
            <translation>Acciones por estado:</translation>
        </message>
        <message>
            <source>Delayed actions</source>
            <translation>Acciones atrasadas</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
    </context>
    <context>
        <name>HandoverSections</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s)</source>
            <translation>
                <numerusform>%n institución</numerusform>
                <numerusform>%n instituciones</numerusform>
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
            <source>Taking part today:</source>
            <translation>Participan hoy:</translation>
        </message>
        <message>
            <source>No participants recorded.</source>
            <translation>No hay participantes registrados.</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Titular or alternate</source>
            <translation>Titular o suplente</translation>
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
            <source>No actor type</source>
            <translation>Sin tipo de actor</translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s) today</source>
            <translation>
                <numerusform>%n institución hoy</numerusform>
                <numerusform>%n instituciones hoy</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows in grey: participation ended.</source>
            <translation>Filas en gris: participación terminada.</translation>
        </message>
        <message>
            <source>Bottlenecks register</source>
            <translation>Registro de cuellos de botella</translation>
        </message>
        <message>
            <source>No bottlenecks recorded.</source>
            <translation>No hay cuellos de botella registrados.</translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n cuello de botella</numerusform>
                <numerusform>%n cuellos de botella</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still open</source>
            <translation>
                <numerusform>%n aún abierto</numerusform>
                <numerusform>%n aún abiertos</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Cuello de botella</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidad competente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identificado</translation>
        </message>
        <message>
            <source>Solution:</source>
            <translation>Solución:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Evidencia:</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>No sessions recorded.</source>
            <translation>No hay sesiones registradas.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held</source>
            <translation>
                <numerusform>%n realizada</numerusform>
                <numerusform>%n realizadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Sesión %1</translation>
        </message>
        <message>
            <source>%1 of %2 invited attended</source>
            <translation>Asistieron %1 de %2 invitados</translation>
        </message>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n invitado</numerusform>
                <numerusform>%n invitados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acuerdo</numerusform>
                <numerusform>%n acuerdos</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>Agreements matrix</source>
            <translation>Matriz de acuerdos</translation>
        </message>
        <message>
            <source>No agreements recorded.</source>
            <translation>No hay acuerdos registrados.</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n abierto</numerusform>
                <numerusform>%n abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n cumplido</numerusform>
                <numerusform>%n cumplidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n cancelado</numerusform>
                <numerusform>%n cancelados</numerusform>
            </translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
    </context>
    <context>
        <name>HeaderPage</name>
        <message>
            <source>Find the column names</source>
            <translation>Ubique los nombres de las columnas</translation>
        </message>
        <message>
            <source>The highlighted row holds the names of the columns; the rows below it are imported. If the names are on another row, click it.</source>
            <translation>La fila resaltada contiene los nombres de las columnas; se importan las filas que están debajo de ella. Si los nombres están en otra fila, haga clic en esa fila.</translation>
        </message>
        <message>
            <source>The column names are on rows %1 and %2.</source>
            <translation>Los nombres de las columnas están en las filas %1 y %2.</translation>
        </message>
        <message>
            <source>The column names are on row %1.</source>
            <translation>Los nombres de las columnas están en la fila %1.</translation>
        </message>
    </context>
    <context>
        <name>HistoryButton</name>
        <message>
            <source>Histor&amp;y…</source>
            <comment>every change of the record; not a meeting's Log…</comment>
            <translation>&amp;Historial de cambios…</translation>
        </message>
        <message>
            <source>Every change of this record: when, by whom, and what it was before</source>
            <translation>Cada cambio de este registro: cuándo, quién lo hizo y cómo era antes</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>History of “%1”</source>
            <translation>Historial de “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) recorded, newest first.</source>
            <translation>
                <numerusform>%n cambio registrado, el más reciente primero.</numerusform>
                <numerusform>%n cambios registrados, los más recientes primero.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no name set)</source>
            <translation>(sin nombre configurado)</translation>
        </message>
    </context>
    <context>
        <name>HistoryLabels</name>
        <message>
            <source>Action it advances</source>
            <translation>Acción que impulsa</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de actor</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Puntos de agenda</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobado el</translation>
        </message>
        <message>
            <source>Attendance records</source>
            <translation>Registros de asistencia</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eje</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Fecha de línea base</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Cuello de botella</translation>
        </message>
        <message>
            <source>Bottlenecks discussed</source>
            <translation>Cuellos de botella tratados</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>Cancelado el</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidad competente</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Fecha del consentimiento</translation>
        </message>
        <message>
            <source>Consent purpose</source>
            <translation>Finalidad del consentimiento</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Cumplido el</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Hora de término</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Datos personales borrados</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificó</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiamiento</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiamiento</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Government level</source>
            <translation>Nivel de gobierno</translation>
        </message>
        <message>
            <source>Identified on</source>
            <translation>Identificado el</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>N.º de miembros</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <source>Next meeting on</source>
            <translation>Fecha de la próxima sesión</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Período hasta</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Período desde</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Proposed solution</source>
            <translation>Solución propuesta</translation>
        </message>
        <message>
            <source>Raised in meeting</source>
            <translation>Planteado en la sesión</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>Representation</source>
            <translation>Representación</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Resolution evidence</source>
            <translation>Evidencia de resolución</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resuelto el</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Institución responsable</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Persona responsable</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Iniciada el</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Enunciado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Status step removed</source>
            <translation>Etapa de estado eliminada</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha de la meta</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>Identificación tributaria</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visión</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Place in the agenda</source>
            <translation>Posición en el orden del día</translation>
        </message>
        <message>
            <source>Place in the list</source>
            <translation>Posición en la lista</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Priority sector</source>
            <translation>Sector prioritario</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Medición</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Punto de agenda</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creados</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazadas</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Deshecha</translation>
        </message>
        <message>
            <source>Checksum (SHA-256): %1</source>
            <translation>Suma de verificación (SHA-256): %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryTexts</name>
        <message>
            <source>History</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <source>Created by importing %1</source>
            <translation>Creado al importar %1</translation>
        </message>
        <message>
            <source>Removed by undoing the import of %1</source>
            <translation>Eliminado al deshacer la importación de %1</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Datos personales borrados</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(borrado)</translation>
        </message>
        <message>
            <source>(deleted, #%1)</source>
            <translation>(eliminado, #%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>No change is recorded for this record. Records loaded with the demo data, or written before this version of AgencyDesk, have no history.</source>
            <translation>No hay cambios registrados para este registro. Los registros cargados con los datos de demostración, o creados antes de esta versión de AgencyDesk, no tienen historial.</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n creada</numerusform>
                <numerusform>%n creadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizada</numerusform>
                <numerusform>%n actualizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitida</numerusform>
                <numerusform>%n omitidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rechazada</numerusform>
                <numerusform>%n rechazadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organization(s)</source>
            <translation>
                <numerusform>%n organización nueva</numerusform>
                <numerusform>%n organizaciones nuevas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 [%2] as %3: %4</source>
            <translation>%1 [%2] como %3: %4</translation>
        </message>
        <message>
            <source>(dry run: nothing written)</source>
            <translation>(simulación: no se escribió nada)</translation>
        </message>
        <message>
            <source>(batch %1)</source>
            <translation>(lote %1)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected; they are in %1</source>
            <translation>
                <numerusform>%n fila rechazada; está en %1</numerusform>
                <numerusform>%n filas rechazadas; están en %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n fila rechazada</numerusform>
                <numerusform>%n filas rechazadas</numerusform>
            </translation>
        </message>
        <message>
            <source>unexpected error (details are in the log)</source>
            <translation>error inesperado (los detalles están en el registro)</translation>
        </message>
        <message>
            <source>the report and the rejected rows workbook</source>
            <translation>el informe y el libro de filas rechazadas</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>el informe</translation>
        </message>
        <message>
            <source>the rejected rows workbook</source>
            <translation>el libro de filas rechazadas</translation>
        </message>
        <message>
            <source>dry run done, nothing was written to the database; only %1 could not be written (%2).</source>
            <translation>simulación terminada, no se escribió nada en la base de datos; solo no se pudo escribir %1 (%2).</translation>
        </message>
        <message>
            <source>the import itself was saved (batch %1); only %2 could not be written (%3). Do not import the file again; 'agencydesk undo-import %1' undoes the import if needed.</source>
            <translation>la importación en sí se guardó (lote %1); solo no se pudo escribir %2 (%3). No vuelva a importar el archivo; 'agencydesk undo-import %1' deshace la importación si hace falta.</translation>
        </message>
        <message>
            <source>interrupted after the import was saved (batch %1); the report or the rejected rows may be missing. Do not import the file again; 'agencydesk undo-import %1' undoes the import if needed.</source>
            <translation>interrumpido después de guardar la importación (lote %1); pueden faltar el informe o las filas rechazadas. No vuelva a importar el archivo; 'agencydesk undo-import %1' deshace la importación si hace falta.</translation>
        </message>
        <message>
            <source>unexpected error after the import was saved (batch %1). Details are in %2. Do not import the file again; 'agencydesk undo-import %1' undoes the import if needed.</source>
            <translation>error inesperado después de guardar la importación (lote %1). Los detalles están en %2. No vuelva a importar el archivo; 'agencydesk undo-import %1' deshace la importación si hace falta.</translation>
        </message>
        <message>
            <source>interrupted while the import was being saved; it may have been saved. Look in File &gt; Import history in the program before importing the file again.</source>
            <translation>interrumpido mientras se guardaba la importación; puede que se haya guardado. Mire en Archivo &gt; Historial de importaciones del programa antes de volver a importar el archivo.</translation>
        </message>
        <message numerus="yes">
            <source>%n created record(s) removed</source>
            <translation>
                <numerusform>%n registro creado eliminado</numerusform>
                <numerusform>%n registros creados eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated record(s) restored</source>
            <translation>
                <numerusform>%n registro actualizado restaurado</numerusform>
                <numerusform>%n registros actualizados restaurados</numerusform>
            </translation>
        </message>
        <message>
            <source>Import batch %1 (%2) undone: %3, %4.</source>
            <translation>Lote de importación %1 (%2) deshecho: %3, %4.</translation>
        </message>
        <message>
            <source>There is no import batch number %1.</source>
            <translation>No existe el lote de importación número %1.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>AgencyDesk identifier (uuid)</source>
            <translation>Identificador de AgencyDesk (uuid)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Type of actor</source>
            <translation>Tipo de actor</translation>
        </message>
        <message>
            <source>Level of government</source>
            <translation>Nivel de gobierno</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Tax id (RUC, RUT, RFC)</source>
            <translation>Identificación tributaria (RUC, RUT, RFC)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Number of members</source>
            <translation>Número de miembros</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Given names (part of the name)</source>
            <translation>Nombres (parte del nombre)</translation>
        </message>
        <message>
            <source>Middle names (part of the name)</source>
            <translation>Segundo nombre (parte del nombre)</translation>
        </message>
        <message>
            <source>First surname (or surnames)</source>
            <translation>Primer apellido (o apellidos)</translation>
        </message>
        <message>
            <source>Second surname</source>
            <translation>Segundo apellido</translation>
        </message>
        <message>
            <source>National id (DNI, CURP, RUN)</source>
            <translation>Documento de identidad (DNI, CURP, RUN)</translation>
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
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Fecha del consentimiento</translation>
        </message>
        <message>
            <source>Purpose of the consent</source>
            <translation>Finalidad del consentimiento</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificó</translation>
        </message>
        <message>
            <source>Representation</source>
            <translation>Representación</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eje</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Responsible organization</source>
            <translation>Institución responsable</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiamiento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Avance (%)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Action plan (checked, not imported)</source>
            <translation>Plan de acción (se verifica, no se importa)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Persona responsable</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Fecha de cumplimiento</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>People (contacts)</source>
            <translation>Personas (contactos)</translation>
        </message>
        <message>
            <source>Actions of an action plan</source>
            <translation>Acciones de un plan de acción</translation>
        </message>
        <message>
            <source>Agreements of a meeting</source>
            <translation>Acuerdos de una sesión</translation>
        </message>
        <message>
            <source>Attendance of a meeting</source>
            <translation>Asistencia a una sesión</translation>
        </message>
        <message>
            <source>Indicator measurements</source>
            <translation>Mediciones de indicadores</translation>
        </message>
        <message>
            <source>Progress of existing actions (by code)</source>
            <translation>Avance de acciones existentes (por código)</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>Import history</source>
            <translation>Historial de importaciones</translation>
        </message>
        <message>
            <source>Every import made in this database. Undo removes what an import created and puts back what it changed.</source>
            <translation>Todas las importaciones hechas en esta base de datos. Deshacer elimina lo que una importación creó y restablece lo que cambió.</translation>
        </message>
        <message>
            <source>No file has been imported into this database yet.</source>
            <translation>Todavía no se ha importado ningún archivo en esta base de datos.</translation>
        </message>
        <message>
            <source>&amp;Undo import…</source>
            <translation>&amp;Deshacer importación…</translation>
        </message>
        <message numerus="yes">
            <source>Undo the import of %1 (%2)? The %n record(s) it created will be deleted and the ones it updated will get their previous values back.</source>
            <translation>
                <numerusform>¿Deshacer la importación de %1 (%2)? Se eliminará el %n registro que creó y los que actualizó recuperarán sus valores anteriores.</numerusform>
                <numerusform>¿Deshacer la importación de %1 (%2)? Se eliminarán los %n registros que creó y los que actualizó recuperarán sus valores anteriores.</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Deshacer importación</translation>
        </message>
        <message>
            <source>Undoing the import</source>
            <translation>Deshaciendo la importación</translation>
        </message>
    </context>
    <context>
        <name>ImportReasons</name>
        <message>
            <source>an Excel error value (such as #N/A)</source>
            <translation>un valor de error de Excel (como #N/A)</translation>
        </message>
        <message>
            <source>a formula saved without its result: open the file in Excel or LibreOffice and save it again</source>
            <translation>una fórmula guardada sin su resultado: abra el archivo en Excel o LibreOffice y guárdelo de nuevo</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>no es una fecha</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>no es un número</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>no puede ser negativo</translation>
        </message>
        <message>
            <source>out of range</source>
            <translation>fuera de rango</translation>
        </message>
        <message>
            <source>not an e-mail address</source>
            <translation>no es una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>not a web address</source>
            <translation>no es una dirección web</translation>
        </message>
        <message>
            <source>not yes or no</source>
            <translation>no es sí ni no</translation>
        </message>
        <message>
            <source>not a percentage from 0 to 100</source>
            <translation>no es un porcentaje de 0 a 100</translation>
        </message>
        <message>
            <source>not one of the choices</source>
            <translation>no es una de las opciones</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>demasiado largo</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>no es un número entero</translation>
        </message>
        <message>
            <source>not valid</source>
            <translation>no es válido</translation>
        </message>
        <message>
            <source>“M” can be Mujer (woman) or Masculino (man) and the column does not say which: write Mujer, Hombre, F or H</source>
            <translation>“M” puede ser Mujer o Masculino y la columna no dice cuál: escriba Mujer, Hombre, F o H</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>falta un valor obligatorio</translation>
        </message>
        <message>
            <source>no organization with this name in the directory</source>
            <translation>no hay ninguna organización con este nombre en el directorio</translation>
        </message>
        <message>
            <source>the same record appears earlier in the file</source>
            <translation>el mismo registro aparece antes en el archivo</translation>
        </message>
        <message>
            <source>no existing record matches this row</source>
            <translation>ningún registro existente coincide con esta fila</translation>
        </message>
        <message>
            <source>a date in the future</source>
            <translation>una fecha futura</translation>
        </message>
        <message>
            <source>a consent date needs the purpose of the consent</source>
            <translation>una fecha de consentimiento requiere la finalidad del consentimiento</translation>
        </message>
        <message>
            <source>the end is before the start</source>
            <translation>el fin es anterior al inicio</translation>
        </message>
        <message>
            <source>no indicator with this name</source>
            <translation>no hay ningún indicador con este nombre</translation>
        </message>
        <message>
            <source>no action with this code in the plan</source>
            <translation>no hay ninguna acción con este código en el plan</translation>
        </message>
        <message>
            <source>several actions of the plan have this code: add the axis (Eje) or the action's title, as in the plan, to tell them apart</source>
            <translation>varias acciones del plan tienen este código: agregue el eje o el título de la acción, como en el plan, para distinguirlas</translation>
        </message>
        <message>
            <source>the plan's action with this code has another axis and another title: check the code</source>
            <translation>la acción del plan con este código tiene otro eje y otro título: revise el código</translation>
        </message>
        <message>
            <source>this is the title of another action of the plan, not of the action with this code: check the code or the title</source>
            <translation>este es el título de otra acción del plan, no el de la acción con este código: revise el código o el título</translation>
        </message>
        <message>
            <source>this ID belongs to another name in the directory: check the ID or the name</source>
            <translation>este documento de identidad pertenece a otro nombre del directorio: revise el documento o el nombre</translation>
        </message>
        <message>
            <source>this ID belongs to another name earlier in the file: check the ID or the name</source>
            <translation>este documento de identidad pertenece a otro nombre más arriba en el archivo: revise el documento o el nombre</translation>
        </message>
        <message>
            <source>no person with this name</source>
            <translation>no hay ninguna persona con este nombre</translation>
        </message>
        <message>
            <source>several people in the directory have this name: add their organization, e-mail or ID</source>
            <translation>varias personas del directorio tienen este nombre: agregue su organización, correo electrónico o documento de identidad</translation>
        </message>
        <message>
            <source>several indicators have this name: choose a plan</source>
            <translation>varios indicadores tienen este nombre: elija un plan</translation>
        </message>
        <message>
            <source>the meeting has not been held yet: presence cannot be recorded</source>
            <translation>la reunión aún no se ha realizado: no se puede registrar la asistencia</translation>
        </message>
        <message>
            <source>a completion date on an agreement marked open</source>
            <translation>una fecha de cumplimiento en un acuerdo marcado como abierto</translation>
        </message>
        <message>
            <source>this row is a record of another meeting (by its uuid): check that the right meeting is chosen</source>
            <translation>esta fila es un registro de otra sesión (por su uuid): verifique que eligió la sesión correcta</translation>
        </message>
        <message>
            <source>this row is a record of another plan (by its uuid or its plan column): import it into that plan, or check that the right plan is chosen</source>
            <translation>esta fila es un registro de otro plan (por su uuid o su columna de plan): impórtela en ese plan, o verifique que eligió el plan correcto</translation>
        </message>
        <message>
            <source>several people in the directory have this name: add their DNI, e-mail or organization to say which</source>
            <translation>varias personas del directorio tienen este nombre: agregue su DNI, correo u organización para indicar cuál</translation>
        </message>
        <message>
            <source>the due date is before the meeting where the agreement was made: check the year</source>
            <translation>la fecha límite es anterior a la sesión en que se tomó el acuerdo: revise el año</translation>
        </message>
        <message>
            <source>the completion date is before the meeting where the agreement was made: check the year</source>
            <translation>la fecha de cumplimiento es anterior a la sesión en que se tomó el acuerdo: revise el año</translation>
        </message>
        <message>
            <source>no territory of the database has this name (an import does not add territories): correct it, or leave the cell empty to import the row without one</source>
            <translation>ningún territorio de la base de datos tiene este nombre (una importación no agrega territorios): corríjalo, o deje la celda vacía para importar la fila sin territorio</translation>
        </message>
        <message>
            <source>several territories have this name: add the place it is in, as the territory lists show it: “Valdivia (Los Ríos)”</source>
            <translation>varios territorios tienen este nombre: agregue el lugar donde está, como lo muestran las listas de territorios: “Valdivia (Los Ríos)”</translation>
        </message>
        <message>
            <source>the type was read from the organization's name</source>
            <translation>el tipo se leyó del nombre de la organización</translation>
        </message>
        <message>
            <source>the level of government was read from the organization's name</source>
            <translation>el nivel de gobierno se leyó del nombre de la organización</translation>
        </message>
        <message>
            <source>the header gives amounts in thousands or millions: multiplied</source>
            <translation>el encabezado da los montos en miles o millones: se multiplicaron</translation>
        </message>
        <message>
            <source>the header gives amounts in thousands or millions: multiplied, although the amount already looked whole: check it</source>
            <translation>el encabezado da los montos en miles o millones: se multiplicó, aunque el monto ya parecía completo: revíselo</translation>
        </message>
        <message>
            <source>date read from text</source>
            <translation>fecha leída de un texto</translation>
        </message>
        <message>
            <source>date read from a day number</source>
            <translation>fecha leída de un número de día</translation>
        </message>
        <message>
            <source>number read from text</source>
            <translation>número leído de un texto</translation>
        </message>
        <message>
            <source>percentage read from a fraction</source>
            <translation>porcentaje leído de una fracción</translation>
        </message>
        <message>
            <source>choice recognised</source>
            <translation>opción reconocida</translation>
        </message>
        <message>
            <source>an excused absence: not attended, excused</source>
            <translation>una inasistencia justificada: no asistió, justificado</translation>
        </message>
        <message>
            <source>spaces removed</source>
            <translation>espacios eliminados</translation>
        </message>
        <message>
            <source>invisible characters removed</source>
            <translation>se quitaron caracteres invisibles</translation>
        </message>
        <message>
            <source>day and month look swapped: check the date order</source>
            <translation>el día y el mes parecen invertidos: revise el orden de la fecha</translation>
        </message>
        <message>
            <source>time of day dropped</source>
            <translation>se quitó la hora del día</translation>
        </message>
        <message>
            <source>a point or comma before three digits read as a thousands separator</source>
            <translation>un punto o una coma antes de tres dígitos se leyó como separador de miles</translation>
        </message>
        <message>
            <source>rounded</source>
            <translation>redondeado</translation>
        </message>
        <message>
            <source>read as yes or no</source>
            <translation>leído como sí o no</translation>
        </message>
        <message>
            <source>several addresses: the first one kept</source>
            <translation>varias direcciones: se conservó la primera</translation>
        </message>
        <message>
            <source>read month first, as the column's other dates are written (03/15/2025)</source>
            <translation>leída con el mes primero, como están escritas las otras fechas de la columna (03/15/2025)</translation>
        </message>
        <message>
            <source>read day first, as the column's other dates are written (15/03/2025)</source>
            <translation>leída con el día primero, como están escritas las otras fechas de la columna (15/03/2025)</translation>
        </message>
        <message>
            <source>“M” read as Mujer (woman): the column writes men as H or Hombre</source>
            <translation>“M” leída como Mujer: la columna escribe a los hombres como H u Hombre</translation>
        </message>
        <message>
            <source>surnames written first: given names put first</source>
            <translation>apellidos escritos primero: se pusieron primero los nombres</translation>
        </message>
        <message>
            <source>identifier read from a number</source>
            <translation>identificador leído de un número</translation>
        </message>
        <message>
            <source>value given in the options</source>
            <translation>valor indicado en las opciones</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importar una planilla</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>e.g. ha, people, %, days</source>
            <translation>p. ej., ha, personas, %, días</translation>
        </message>
        <message>
            <source>Whether the indicator should go up or down</source>
            <translation>Si el indicador debe subir o bajar</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>p. ej., %1</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <source>&amp;Baseline:</source>
            <translation>&amp;Línea base:</translation>
        </message>
        <message>
            <source>Baseline da&amp;te:</source>
            <translation>Fecha de línea &amp;base:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>&amp;Meta:</translation>
        </message>
        <message>
            <source>Target d&amp;ate:</source>
            <translation>Fec&amp;ha de la meta:</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Nuevo indicador</translation>
        </message>
        <message>
            <source>The target is below the baseline, but the indicator should increase: progress is counted towards the target.</source>
            <translation>La meta está por debajo de la línea base, pero el indicador debería aumentar: el avance se cuenta hacia la meta.</translation>
        </message>
        <message>
            <source>The target is above the baseline, but the indicator should decrease: progress is counted towards the target.</source>
            <translation>La meta está por encima de la línea base, pero el indicador debería disminuir: el avance se cuenta hacia la meta.</translation>
        </message>
        <message>
            <source>Create indicator “%1”</source>
            <translation>Crear indicador “%1”</translation>
        </message>
        <message>
            <source>Edit indicator “%1”</source>
            <translation>Editar indicador “%1”</translation>
        </message>
    </context>
    <context>
        <name>IndicatorNumbers</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>IndicatorTable</name>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Último valor</translation>
        </message>
        <message>
            <source>% of target met</source>
            <translation>% de cumplimiento de la meta</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPanel</name>
        <message>
            <source>&amp;New indicator</source>
            <translation>Nue&amp;vo indicador</translation>
        </message>
        <message>
            <source>De&amp;lete indicator…</source>
            <translation>Eliminar indi&amp;cador…</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>No indicators yet. Fill in the form below to add the first one: what you measure, its baseline and the target you want to reach.</source>
            <translation>Aún no hay indicadores. Complete el formulario de abajo para agregar el primero: qué mide, su línea base y la meta que quiere alcanzar.</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Mediciones</translation>
        </message>
        <message>
            <source>&amp;Add measurement…</source>
            <translation>A&amp;gregar medición…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message numerus="yes">
            <source>Delete the indicator “%1” and its %n measurement(s)?</source>
            <translation>
                <numerusform>¿Eliminar el indicador “%1” y su %n medición?</numerusform>
                <numerusform>¿Eliminar el indicador “%1” y sus %n mediciones?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the indicator “%1”?</source>
            <translation>¿Eliminar el indicador “%1”?</translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Eliminar indicador</translation>
        </message>
        <message>
            <source>Delete indicator “%1”</source>
            <translation>Eliminar indicador “%1”</translation>
        </message>
        <message>
            <source>Delete the measurement of %1 of “%2”</source>
            <translation>Eliminar la medición del %1 de “%2”</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>No se pudo completar</translation>
        </message>
        <message>
            <source>You can undo it with %1.</source>
            <translation>Puede deshacerlo con %1.</translation>
        </message>
    </context>
    <context>
        <name>InitiativeColumns</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Open bottlenecks</source>
            <translation>Cuellos de botella abiertos</translation>
        </message>
    </context>
    <context>
        <name>InitiativeForm</name>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>Not specified</source>
            <translation>Sin especificar</translation>
        </message>
        <message>
            <source>e.g. Coffee, Forestry / timber, Dairy</source>
            <translation>p. ej. Café, Forestal / madera, Lácteos</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Focus:</source>
            <translation>&amp;Enfoque:</translation>
        </message>
        <message>
            <source>Se&amp;ctor:</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <source>Te&amp;rritory:</source>
            <translation>Te&amp;rritorio:</translation>
        </message>
        <message>
            <source>A&amp;genda:</source>
            <translation>A&amp;genda:</translation>
        </message>
        <message>
            <source>O&amp;bjective:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Est&amp;ado:</translation>
        </message>
        <message>
            <source>Started &amp;on:</source>
            <translation>&amp;Iniciada el:</translation>
        </message>
        <message>
            <source>Con&amp;vener:</source>
            <translation>&amp;Convocante:</translation>
        </message>
        <message>
            <source>Coor&amp;dinator:</source>
            <translation>Coor&amp;dinador:</translation>
        </message>
        <message>
            <source>ECLAC's kinds of articulation initiative, or a Peruvian mesa ejecutiva</source>
            <translation>Tipos de iniciativa de articulación de la CEPAL, o una mesa ejecutiva peruana</translation>
        </message>
        <message>
            <source>The organization that convenes the initiative</source>
            <translation>La organización que convoca la iniciativa</translation>
        </message>
        <message>
            <source>The person who leads the dedicated team</source>
            <translation>La persona que dirige el equipo dedicado</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>New initiative</source>
            <translation>Nueva iniciativa</translation>
        </message>
        <message>
            <source>Edit initiative</source>
            <translation>Editar iniciativa</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Elija una organización de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>Choose a person from the list, or leave the field empty.</source>
            <translation>Elija una persona de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>Around a sector or a production factor</source>
            <translation>En torno a un sector o a un factor productivo</translation>
        </message>
        <message>
            <source>Only executive tables (mesas ejecutivas) have a focus</source>
            <translation>Solo las mesas ejecutivas tienen enfoque</translation>
        </message>
        <message>
            <source>Create initiative “%1”</source>
            <translation>Crear iniciativa “%1”</translation>
        </message>
        <message>
            <source>Edit initiative “%1”</source>
            <translation>Editar iniciativa “%1”</translation>
        </message>
    </context>
    <context>
        <name>InitiativePage</name>
        <message>
            <source>Back to the list</source>
            <translation>Volver a la lista</translation>
        </message>
        <message>
            <source>Back to the list (%1)</source>
            <translation>Volver a la lista (%1)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Edi&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>Territory:</source>
            <translation>Territorio:</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>Sector:</translation>
        </message>
        <message>
            <source>Convener:</source>
            <translation>Convocante:</translation>
        </message>
        <message>
            <source>Coordinator:</source>
            <translation>Coordinador:</translation>
        </message>
        <message>
            <source>Started on:</source>
            <translation>Iniciada el:</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Meetings (%n)</source>
            <translation>
                <numerusform>&amp;Sesiones (%n)</numerusform>
                <numerusform>&amp;Sesiones (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <source>focus: %1</source>
            <translation>enfoque: %1</translation>
        </message>
        <message>
            <source>Less</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Participants (%n)</source>
            <translation>
                <numerusform>&amp;Participantes (%n)</numerusform>
                <numerusform>&amp;Participantes (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Bottlenecks (%n open)</source>
            <translation>
                <numerusform>Cuellos de &amp;botella (%n abierto)</numerusform>
                <numerusform>Cuellos de &amp;botella (%n abiertos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pl&amp;an</source>
            <translation>Pl&amp;an</translation>
        </message>
    </context>
    <context>
        <name>InitiativesArea</name>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>No se puede leer la base de datos</translation>
        </message>
        <message>
            <source>Delete initiative</source>
            <translation>Eliminar iniciativa</translation>
        </message>
        <message>
            <source>Delete initiative “%1”</source>
            <translation>Eliminar iniciativa “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>No se puede deshacer ni rehacer</translation>
        </message>
    </context>
    <context>
        <name>InitiativesListPage</name>
        <message>
            <source>Name or sector</source>
            <translation>Nombre o sector</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Todos los territorios</translation>
        </message>
        <message>
            <source>All agendas</source>
            <translation>Todas las agendas</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtro por tipo</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro por estado</translation>
        </message>
        <message>
            <source>Territory filter (includes the places within it)</source>
            <translation>Filtro por territorio (incluye los lugares que contiene)</translation>
        </message>
        <message>
            <source>Agenda filter</source>
            <translation>Filtro por agenda</translation>
        </message>
        <message>
            <source>&amp;New initiative</source>
            <translation>&amp;Nueva iniciativa</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar las filas de la lista, tal como están buscadas y filtradas, en Excel o CSV</translation>
        </message>
        <message>
            <source>Double-click an initiative, or press Enter, to open it.</source>
            <translation>Haga doble clic en una iniciativa, o presione Enter, para abrirla.</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s) found</source>
            <translation>
                <numerusform>%n iniciativa encontrada</numerusform>
                <numerusform>%n iniciativas encontradas</numerusform>
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
            <source>No initiative matches the search or the filters.</source>
            <translation>Ninguna iniciativa coincide con la búsqueda o los filtros.</translation>
        </message>
        <message>
            <source>There are no initiatives yet. Create the first one with “New initiative”.</source>
            <translation>Aún no hay iniciativas. Cree la primera con “Nueva iniciativa”.</translation>
        </message>
    </context>
    <context>
        <name>InviteActions</name>
        <message>
            <source>In&amp;vite</source>
            <translation>In&amp;vitar</translation>
        </message>
        <message>
            <source>Invite the initiative's participants, people from the directory, or a new person</source>
            <translation>Invitar a los participantes de la iniciativa, a personas del directorio o a una persona nueva</translation>
        </message>
        <message>
            <source>&amp;All participants</source>
            <translation>&amp;Todos los participantes</translation>
        </message>
        <message>
            <source>Everyone taking part in the initiative on the meeting's date</source>
            <translation>Todos los que participan en la iniciativa en la fecha de la sesión</translation>
        </message>
        <message>
            <source>By &amp;role</source>
            <translation>Por &amp;rol</translation>
        </message>
        <message>
            <source>From the &amp;directory…</source>
            <translation>Del &amp;directorio…</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Nueva persona…</translation>
        </message>
        <message>
            <source>Invite participants</source>
            <translation>Invitar participantes</translation>
        </message>
        <message>
            <source>This meeting belongs to an agenda, which has no participants: invite people from the directory.</source>
            <translation>Esta sesión pertenece a una agenda, que no tiene participantes: invite a personas del directorio.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody new to invite: %n already invited.</source>
            <translation>
                <numerusform>No hay nadie nuevo para invitar: %n ya estaba invitado.</numerusform>
                <numerusform>No hay nadie nuevo para invitar: %n ya estaban invitados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The initiative has no participants on the meeting's date.</source>
            <translation>La iniciativa no tiene participantes en la fecha de la sesión.</translation>
        </message>
        <message>
            <source>The initiative has nobody with the role “%1” on the meeting's date.</source>
            <translation>La iniciativa no tiene a nadie con el rol “%1” en la fecha de la sesión.</translation>
        </message>
        <message numerus="yes">
            <source>Invite %n participant(s)</source>
            <translation>
                <numerusform>Invitar a %n participante</numerusform>
                <numerusform>Invitar a %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Invite from the directory</source>
            <translation>Invitar desde el directorio</translation>
        </message>
        <message numerus="yes">
            <source>Invite %n person(s)</source>
            <translation>
                <numerusform>Invitar a %n persona</numerusform>
                <numerusform>Invitar a %n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>Invite a new person</source>
            <translation>Invitar a una persona nueva</translation>
        </message>
        <message>
            <source>Invite new person “%1”</source>
            <translation>Invitar a la persona nueva “%1”</translation>
        </message>
        <message>
            <source>Create person “%1”</source>
            <translation>Crear la persona “%1”</translation>
        </message>
        <message>
            <source>%1 was added to the directory and invited.</source>
            <translation>%1 se agregó al directorio y a la lista de invitados.</translation>
        </message>
        <message>
            <source>Remove invitation</source>
            <translation>Quitar invitación</translation>
        </message>
        <message numerus="yes">
            <source>%n invitation(s) removed (%1 puts them back).</source>
            <translation>
                <numerusform>%n invitación quitada (%1 la restablece).</numerusform>
                <numerusform>%n invitaciones quitadas (%1 las restablece).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n invitation(s)</source>
            <translation>
                <numerusform>Quitar %n invitación</numerusform>
                <numerusform>Quitar %n invitaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n invitado</numerusform>
                <numerusform>%n invitados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already invited</source>
            <translation>
                <numerusform>%n ya estaba invitado</numerusform>
                <numerusform>%n ya estaban invitados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvitePeopleDialog</name>
        <message>
            <source>Invite from the directory</source>
            <translation>Invitar desde el directorio</translation>
        </message>
        <message>
            <source>Name, position, e-mail, phone or ID</source>
            <translation>Nombre, cargo, correo electrónico, teléfono o documento de identidad</translation>
        </message>
        <message>
            <source>&amp;Search the directory:</source>
            <translation>&amp;Buscar en el directorio:</translation>
        </message>
        <message>
            <source>&amp;Remove from the selection</source>
            <translation>&amp;Quitar de la selección</translation>
        </message>
        <message>
            <source>They sit &amp;as:</source>
            <translation>Participan &amp;como:</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 people: type to narrow the list.</source>
            <translation>Se muestran las primeras %1 de %2 personas: escriba para acotar la lista.</translation>
        </message>
        <message>
            <source>Nobody in the directory matches. Close and use “New person…” to add them.</source>
            <translation>Nadie en el directorio coincide. Cierre y use “Nueva persona…” para agregarla.</translation>
        </message>
        <message>
            <source>Tick the people to invite: click the box, or press Space or Enter.</source>
            <translation>Marque las personas que desea invitar: haga clic en la casilla o presione Espacio o Enter.</translation>
        </message>
        <message>
            <source>no organization</source>
            <translation>sin organización</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Selected: %n person(s)</source>
            <translation>
                <numerusform>&amp;Selección: %n persona</numerusform>
                <numerusform>&amp;Selección: %n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Invite %n person(s)</source>
            <translation>
                <numerusform>&amp;Invitar a %n persona</numerusform>
                <numerusform>&amp;Invitar a %n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Invite</source>
            <translation>&amp;Invitar</translation>
        </message>
    </context>
    <context>
        <name>ItemDevelopment</name>
        <message>
            <source>&amp;Bottlenecks discussed on this item:</source>
            <translation>&amp;Cuellos de botella tratados en este punto:</translation>
        </message>
        <message>
            <source>Bottlenecks discussed on this item</source>
            <translation>Cuellos de botella tratados en este punto</translation>
        </message>
        <message>
            <source>Choose an item of the agenda to write what was said on it.</source>
            <translation>Elija un punto del orden del día para escribir lo que se dijo sobre él.</translation>
        </message>
        <message>
            <source>Development of item %1: %2</source>
            <translation>Desarrollo del punto %1: %2</translation>
        </message>
        <message>
            <source>What was presented, discussed and agreed on this item</source>
            <translation>Lo que se presentó, discutió y acordó en este punto</translation>
        </message>
        <message>
            <source>Nothing was written on this item.</source>
            <translation>No se escribió nada sobre este punto.</translation>
        </message>
        <message>
            <source>No bottleneck was linked to this item.</source>
            <translation>No se vinculó ningún cuello de botella a este punto.</translation>
        </message>
        <message>
            <source>Bottlenecks belong to initiatives: none to link here.</source>
            <translation>Los cuellos de botella pertenecen a las iniciativas: aquí no hay ninguno para vincular.</translation>
        </message>
        <message>
            <source>This initiative has no bottlenecks recorded.</source>
            <translation>Esta iniciativa no tiene cuellos de botella registrados.</translation>
        </message>
    </context>
    <context>
        <name>JobProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
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
            <source>Ordinary session</source>
            <translation>Sesión ordinaria</translation>
        </message>
        <message>
            <source>Extraordinary session</source>
            <translation>Sesión extraordinaria</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>Visita de campo</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Híbrida</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Programada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Acta aprobada</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificó</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
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
        <name>ListExport</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV text, for any spreadsheet (*.csv)</source>
            <translation>Texto CSV, para cualquier hoja de cálculo (*.csv)</translation>
        </message>
        <message>
            <source>Export list</source>
            <translation>Exportar lista</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Exportando “%1”…</translation>
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
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar las filas de la lista, tal como están buscadas y filtradas, en Excel o CSV</translation>
        </message>
        <message>
            <source>Delete “%1”? You can undo this with %2.</source>
            <translation>¿Eliminar “%1”? Puede deshacerlo con %2.</translation>
        </message>
    </context>
    <context>
        <name>LockBanner</name>
        <message>
            <source>Minutes approved on %1 by %2. They are read-only; reopening them is recorded.</source>
            <translation>Acta aprobada el %1 por %2. Es de solo lectura; si se reabre, queda registrado.</translation>
        </message>
        <message>
            <source>Minutes approved on %1. They are read-only; reopening them is recorded.</source>
            <translation>Acta aprobada el %1. Es de solo lectura; si se reabre, queda registrado.</translation>
        </message>
        <message>
            <source>Cancelled on %1 by %2.</source>
            <translation>Cancelada el %1 por %2.</translation>
        </message>
        <message>
            <source>Cancelled on %1.</source>
            <translation>Cancelada el %1.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <source>It is read-only; reinstate it to change it.</source>
            <translation>Es de solo lectura; restablézcala para modificarla.</translation>
        </message>
        <message>
            <source>Minutes reopened on %1 by %2: “%3”. Approve them again when done.</source>
            <translation>Acta reabierta el %1 por %2: “%3”. Vuelva a aprobarla al terminar.</translation>
        </message>
        <message>
            <source>Minutes reopened on %1: “%3”. Approve them again when done.</source>
            <translation>Acta reabierta el %1: “%3”. Vuelva a aprobarla al terminar.</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Log of %1</source>
            <translation>Historial de %1</translation>
        </message>
        <message>
            <source>Created: %1</source>
            <translation>Creada: %1</translation>
        </message>
        <message>
            <source>Minutes reopened</source>
            <translation>Acta reabierta</translation>
        </message>
    </context>
    <context>
        <name>LogoField</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>A PNG or JPEG picture, printed on every PDF</source>
            <translation>Una imagen PNG o JPEG, que se imprime en cada PDF</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Logo for documents</source>
            <translation>Logotipo para los documentos</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>“%1” is not a picture AgencyDesk can read. Choose a PNG or JPEG file (save it as PNG from your drawing or photo program).</source>
            <translation>«%1» no es una imagen que AgencyDesk pueda leer. Elija un archivo PNG o JPEG (guárdelo como PNG desde su programa de dibujo o de fotos).</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <source>The logo file is missing</source>
            <translation>No se encuentra el archivo del logotipo</translation>
        </message>
    </context>
    <context>
        <name>MainToolBar</name>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
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
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Agendas</source>
            <translation>Agendas</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
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
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>&amp;Historial de importaciones…</translation>
        </message>
        <message>
            <source>Download a &amp;template…</source>
            <translation>Descargar una &amp;plantilla…</translation>
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
            <source>User &amp;guide</source>
            <translation>&amp;Guía de uso</translation>
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
        <name>MeasurementDialog</name>
        <message>
            <source>Add a measurement</source>
            <translation>Agregar una medición</translation>
        </message>
        <message>
            <source>Edit a measurement</source>
            <translation>Editar una medición</translation>
        </message>
    </context>
    <context>
        <name>MeasurementForm</name>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Who reported it, e.g. a survey or a registry</source>
            <translation>Quién lo informó, p. ej., una encuesta o un registro</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>F&amp;uente:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>New measurement of “%1”</source>
            <translation>Nueva medición de “%1”</translation>
        </message>
        <message>
            <source>Measurement of “%1”</source>
            <translation>Medición de “%1”</translation>
        </message>
        <message>
            <source>Add a measurement to “%1”</source>
            <translation>Agregar una medición a “%1”</translation>
        </message>
        <message>
            <source>Edit a measurement of “%1”</source>
            <translation>Editar una medición de “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeasurementTable</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsChart</name>
        <message>
            <source>Chart of the measurements</source>
            <translation>Gráfico de las mediciones</translation>
        </message>
        <message>
            <source>Save the indicator, then add its measurements.</source>
            <translation>Guarde el indicador y luego agregue sus mediciones.</translation>
        </message>
        <message>
            <source>Choose an indicator to see its measurements over time.</source>
            <translation>Elija un indicador para ver sus mediciones a lo largo del tiempo.</translation>
        </message>
        <message>
            <source>No measurements yet. Add the first one with “Add measurement…” and the chart will show how the indicator moves towards its target.</source>
            <translation>Aún no hay mediciones. Agregue la primera con “Agregar medición…” y el gráfico mostrará cómo avanza el indicador hacia su meta.</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>Línea base: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Meta: %1</translation>
        </message>
        <message>
            <source>Target: %1 by %2</source>
            <translation>Meta: %1 para el %2</translation>
        </message>
    </context>
    <context>
        <name>MeetingColumns</name>
        <message>
            <source>No.</source>
            <translation>N.°</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa o agenda</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Attended / invited</source>
            <translation>Asistieron / invitados</translation>
        </message>
        <message>
            <source>Agreements open / total</source>
            <translation>Acuerdos abiertos / total</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima sesión</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Editar sesión</translation>
        </message>
    </context>
    <context>
        <name>MeetingForm</name>
        <message>
            <source>Sessions are numbered per initiative or agenda; the next free number is proposed</source>
            <translation>Las sesiones se numeran por iniciativa o agenda; se propone el siguiente número libre</translation>
        </message>
        <message>
            <source>Required, e.g. Third ordinary session</source>
            <translation>Obligatorio, p. ej., Tercera sesión ordinaria</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>at</source>
            <translation>a las</translation>
        </message>
        <message>
            <source>the same day; optional</source>
            <translation>el mismo día; opcional</translation>
        </message>
        <message>
            <source>e.g. Municipal auditorium, or the video-call link</source>
            <translation>p. ej., Auditorio municipal, o el enlace de la videollamada</translation>
        </message>
        <message>
            <source>The organization that convenes the session</source>
            <translation>La organización que convoca la sesión</translation>
        </message>
        <message>
            <source>The date agreed for the next session, if any (it is proposed for it)</source>
            <translation>La fecha acordada para la próxima sesión, si la hay (se propondrá para esa sesión)</translation>
        </message>
        <message>
            <source>Initiative or a&amp;genda:</source>
            <translation>Iniciativa o a&amp;genda:</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>N&amp;úmero:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Ti&amp;po:</translation>
        </message>
        <message>
            <source>&amp;Modality:</source>
            <translation>&amp;Modalidad:</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Fecha y hora:</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>Hora de té&amp;rmino:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>Con&amp;vener:</source>
            <translation>&amp;Convocante:</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting on:</source>
            <translation>Fecha de la pró&amp;xima sesión:</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Next meeting after session %1</source>
            <translation>Próxima sesión después de la sesión %1</translation>
        </message>
        <message>
            <source>Edit meeting %1</source>
            <translation>Editar sesión %1</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Elija una organización de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>Write the time as hours:minutes, such as 9:30 or 15:00.</source>
            <translation>Escriba la hora como horas:minutos, por ejemplo 9:30 o 15:00.</translation>
        </message>
        <message>
            <source>Write the time it starts, such as 9:30.</source>
            <translation>Escriba la hora de inicio, por ejemplo 9:30.</translation>
        </message>
        <message>
            <source>It cannot end before it starts.</source>
            <translation>No puede terminar antes de empezar.</translation>
        </message>
        <message>
            <source>Create meeting “%1”</source>
            <translation>Crear sesión “%1”</translation>
        </message>
        <message>
            <source>Create the next meeting “%1”</source>
            <translation>Crear la próxima sesión “%1”</translation>
        </message>
        <message>
            <source>Edit meeting “%1”</source>
            <translation>Editar sesión “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>All &amp;meetings</source>
            <translation>&amp;Todas las sesiones</translation>
        </message>
        <message>
            <source>&amp;Next meeting…</source>
            <translation>&amp;Próxima sesión…</translation>
        </message>
        <message>
            <source>Plan the next session: same place and invitees, the next number</source>
            <translation>Programar la siguiente sesión: mismo lugar e invitados, con el número siguiente</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>Back to the list of meetings (%1)</source>
            <translation>Volver a la lista de sesiones (%1)</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>Every step of the meeting: when, who and why</source>
            <translation>Cada paso de la sesión: cuándo, quién y por qué</translation>
        </message>
        <message>
            <source>Session %1 · %2</source>
            <translation>Sesión N.° %1 · %2</translation>
        </message>
        <message>
            <source>Convened by %1</source>
            <translation>Convocada por %1</translation>
        </message>
        <message>
            <source>Next meeting: %1</source>
            <translation>Próxima sesión: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Initiative:</source>
            <translation>Iniciativa:</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Abrir %1</translation>
        </message>
        <message>
            <source>The minutes are approved: reopen them to edit the meeting</source>
            <translation>El acta está aprobada: reábrala para editar la sesión</translation>
        </message>
        <message>
            <source>The meeting is cancelled: reinstate it to edit it</source>
            <translation>La sesión está cancelada: restablézcala para editarla</translation>
        </message>
        <message>
            <source>Edit the meeting's date, place, convener…</source>
            <translation>Editar fecha, lugar, convocante… de la sesión</translation>
        </message>
        <message>
            <source>Approved minutes cannot be deleted; reopen them first</source>
            <translation>Un acta aprobada no se puede eliminar; primero reábrala</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>&amp;Asistencia</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Attendance (%n invited)</source>
            <translation>
                <numerusform>&amp;Asistencia (%n invitado)</numerusform>
                <numerusform>&amp;Asistencia (%n invitados)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Attendance (%1/%2)</source>
            <translation>&amp;Asistencia (%1/%2)</translation>
        </message>
        <message>
            <source>Agenda and m&amp;inutes</source>
            <translation>&amp;Orden del día y acta</translation>
        </message>
        <message numerus="yes">
            <source>A&amp;greements (%1 · %n open)</source>
            <translation>
                <numerusform>Ac&amp;uerdos (%1 · %n abierto)</numerusform>
                <numerusform>Ac&amp;uerdos (%1 · %n abiertos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A&amp;greements (%n)</source>
            <translation>
                <numerusform>Ac&amp;uerdos (%n)</numerusform>
                <numerusform>Ac&amp;uerdos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima sesión</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Eliminar sesión</translation>
        </message>
        <message>
            <source>Delete meeting “%1”</source>
            <translation>Eliminar la sesión “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeetingParts</name>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Session No. %1</source>
            <translation>Sesión N° %1</translation>
        </message>
        <message>
            <source>%1 No. %2</source>
            <translation>%1 N° %2</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Hora:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Lugar:</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>Modality:</source>
            <translation>Modalidad:</translation>
        </message>
        <message>
            <source>Convened by:</source>
            <translation>Convocada por:</translation>
        </message>
    </context>
    <context>
        <name>MeetingsArea</name>
        <message>
            <source>Meeting</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>No se puede leer la base de datos</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Eliminar sesión</translation>
        </message>
        <message>
            <source>Delete meeting “%1”</source>
            <translation>Eliminar la sesión “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeetingsListPage</name>
        <message>
            <source>Title or place</source>
            <translation>Título o lugar</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All initiatives and agendas</source>
            <translation>Todas las iniciativas y agendas</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Upcoming and past</source>
            <translation>Próximas y pasadas</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Próximas</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Pasadas</translation>
        </message>
        <message>
            <source>Initiative or agenda filter</source>
            <translation>Filtro por iniciativa o agenda</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro por estado</translation>
        </message>
        <message>
            <source>Upcoming or past</source>
            <translation>Próximas o pasadas</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Nueva sesión</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar las filas de la lista, tal como están buscadas y filtradas, en Excel o CSV</translation>
        </message>
        <message>
            <source>Double-click a meeting, or press Enter, to open it.</source>
            <translation>Haga doble clic en una sesión, o presione Enter, para abrirla.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Agenda: %1</source>
            <translation>Agenda: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) found</source>
            <translation>
                <numerusform>%n sesión encontrada</numerusform>
                <numerusform>%n sesiones encontradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting matches the search or the filters.</source>
            <translation>Ninguna sesión coincide con la búsqueda o los filtros.</translation>
        </message>
        <message>
            <source>There are no meetings yet. Plan the first one with “New meeting”, here or from an initiative's Meetings tab.</source>
            <translation>Aún no hay sesiones. Programe la primera con “Nueva sesión”, aquí o desde la pestaña Sesiones de una iniciativa.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Attended / invited</source>
            <translation>Asistieron / invitados</translation>
        </message>
        <message>
            <source>Agreements open / total</source>
            <translation>Acuerdos abiertos / total</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Nueva sesión</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ab&amp;rir</translation>
        </message>
        <message>
            <source>Double-click a meeting, or press Enter, to open it.</source>
            <translation>Haga doble clic en una sesión, o presione Enter, para abrirla.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned</source>
            <translation>
                <numerusform>%n programada</numerusform>
                <numerusform>%n programadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held or closed</source>
            <translation>
                <numerusform>%n realizada o cerrada</numerusform>
                <numerusform>%n realizadas o cerradas</numerusform>
            </translation>
        </message>
        <message>
            <source>No meetings yet. Plan the first session with “New meeting”.</source>
            <translation>Aún no hay sesiones. Programe la primera con “Nueva sesión”.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{url} is not a database AgencyDesk can open. Give a file, or a server's database as postgresql://user@server/database.</source>
            <translation>{url} no es una base de datos que AgencyDesk pueda abrir. Indique un archivo, o una base de datos de un servidor en la forma postgresql://usuario@servidor/base.</translation>
        </message>
        <message>
            <source>This AgencyDesk cannot open databases on a PostgreSQL server: its driver is missing. Install it with: pip install "agencydesk[postgres]".</source>
            <translation>Este AgencyDesk no puede abrir bases de datos en un servidor PostgreSQL: le falta el controlador. Instálelo con: pip install "agencydesk[postgres]".</translation>
        </message>
        <message>
            <source>The database server {server} cannot be reached ({reason}). Check that the server is on and that this computer is on the office network, then try again.</source>
            <translation>No se puede conectar con el servidor de base de datos {server} ({reason}). Verifique que el servidor esté encendido y que esta computadora esté en la red de la oficina, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The server {server} refused the login of user {user}: the user name or the password is wrong, or this computer may not connect. Check them with the server's administrator.</source>
            <translation>El servidor {server} rechazó el inicio de sesión del usuario {user}: el nombre de usuario o la contraseña son incorrectos, o esta computadora no tiene permiso para conectarse. Verifíquelos con el administrador del servidor.</translation>
        </message>
        <message>
            <source>The server {server} has no database called {database}. Ask the server's administrator to create it, empty: AgencyDesk creates its tables the first time.</source>
            <translation>El servidor {server} no tiene ninguna base de datos llamada {database}. Pida al administrador del servidor que la cree, vacía: AgencyDesk crea sus tablas la primera vez.</translation>
        </message>
        <message>
            <source>User {user} may not create AgencyDesk's tables in the database {database} on {server}. Ask the server's administrator to make {user} its owner.</source>
            <translation>El usuario {user} no tiene permiso para crear las tablas de AgencyDesk en la base de datos {database} de {server}. Pida al administrador del servidor que haga a {user} propietario de esa base de datos.</translation>
        </message>
        <message>
            <source>The database {database} on {server} stores text as {encoding}, and AgencyDesk needs UTF8 (accented names would be lost). Ask the server's administrator to create it with the UTF8 encoding.</source>
            <translation>La base de datos {database} de {server} guarda el texto como {encoding}, y AgencyDesk necesita UTF8 (se perderían los acentos de los nombres). Pida al administrador del servidor que la cree con la codificación UTF8.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost; what you were saving was not saved. Check the network and try again.</source>
            <translation>Se perdió la conexión con el servidor de base de datos; lo que estaba guardando no se guardó. Revise la red y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The server {server} runs PostgreSQL {version}; AgencyDesk needs version 13 or newer. Ask the server's administrator to upgrade it.</source>
            <translation>El servidor {server} tiene PostgreSQL {version}; AgencyDesk necesita la versión 13 o posterior. Pida al administrador del servidor que lo actualice.</translation>
        </message>
        <message>
            <source>The database {path} is read-only, so AgencyDesk cannot save to it; nothing was changed. If it is on a CD or a write-protected USB stick, copy it to your Documents folder and open the copy; otherwise allow writing to the file (its Properties) and try again.</source>
            <translation>La base de datos {path} es de solo lectura, así que AgencyDesk no puede guardar en ella; no se modificó nada. Si está en un CD o en una memoria USB protegida contra escritura, cópiela a su carpeta Documentos y abra la copia; si no, permita la escritura en el archivo (en sus Propiedades) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>AgencyDesk cannot write in the folder {folder}, and it needs to keep its working files next to the database {path}. Copy the database to a folder you can write to, such as Documents, and open the copy.</source>
            <translation>AgencyDesk no puede escribir en la carpeta {folder} y necesita guardar sus archivos de trabajo junto a la base de datos {path}. Copie la base de datos a una carpeta en la que pueda escribir, como Documentos, y abra la copia.</translation>
        </message>
        <message>
            <source>AgencyDesk could not write to the database {path}: the disk reported an error (was a USB stick or a network drive disconnected?). The last change was not saved; what was saved before is safe. Reconnect the disk and open the database again.</source>
            <translation>AgencyDesk no pudo escribir en la base de datos {path}: el disco informó un error (¿se desconectó una memoria USB o una unidad de red?). El último cambio no se guardó; lo guardado antes está a salvo. Vuelva a conectar el disco y abra de nuevo la base de datos.</translation>
        </message>
        <message>
            <source>The database {path} is already open in another AgencyDesk on this computer (since {since}, process {pid}). Close that AgencyDesk first, then try again; if it does not respond, end the process {pid}.</source>
            <translation>La base de datos {path} ya está abierta en otro AgencyDesk en esta computadora (desde {since}, proceso {pid}). Cierre primero ese AgencyDesk y vuelva a intentarlo; si no responde, finalice el proceso {pid}.</translation>
        </message>
        <message>
            <source>The database {path} is open in AgencyDesk on the computer {host} (since {since}). Only one AgencyDesk at a time may work on a database: close it on {host}, then try again. If {host} was switched off without closing AgencyDesk, the database becomes free {minutes} minutes after {host} last used it ({seen}).</source>
            <translation>La base de datos {path} está abierta en AgencyDesk en la computadora {host} (desde {since}). Solo un AgencyDesk a la vez puede trabajar con una base de datos: ciérrela en {host} y vuelva a intentarlo. Si {host} se apagó sin cerrar AgencyDesk, la base de datos queda libre {minutes} minutos después de la última vez que {host} la usó ({seen}).</translation>
        </message>
        <message>
            <source>The database {path} is already open in another AgencyDesk window; that window was brought to the front.</source>
            <translation>La base de datos {path} ya está abierta en otra ventana de AgencyDesk; esa ventana se trajo al frente.</translation>
        </message>
        <message>
            <source>The file {name} is not an AgencyDesk exchange file (those are written by File &gt; Exchange &gt; Export and end in .agencydesk). Nothing was imported.</source>
            <translation>El archivo {name} no es un archivo de intercambio de AgencyDesk (esos se generan con Archivo &gt; Intercambio &gt; Exportar y terminan en .agencydesk). No se importó nada.</translation>
        </message>
        <message>
            <source>The exchange file {name} was written by a newer version of AgencyDesk. Update AgencyDesk to import it; nothing was imported.</source>
            <translation>El archivo de intercambio {name} fue creado con una versión más reciente de AgencyDesk. Actualice AgencyDesk para importarlo; no se importó nada.</translation>
        </message>
        <message>
            <source>The exchange file {name} holds an entry with a forbidden name ({entry}), as attacks use, and was not read. Ask for the file again.</source>
            <translation>El archivo de intercambio {name} contiene una entrada con un nombre prohibido ({entry}), como los que se usan en ataques, y no se leyó. Vuelva a pedir el archivo.</translation>
        </message>
        <message>
            <source>The exchange file {name} would expand to more than {limit} MB (a "zip bomb") and was not read. Ask for the file again.</source>
            <translation>El archivo de intercambio {name} se expandiría a más de {limit} MB (una "bomba zip") y no se leyó. Vuelva a pedir el archivo.</translation>
        </message>
        <message>
            <source>The exchange file {name} is damaged or was changed by hand ({where}) and was not read; nothing was imported. Ask for the file again.</source>
            <translation>El archivo de intercambio {name} está dañado o fue modificado a mano ({where}) y no se leyó; no se importó nada. Vuelva a pedir el archivo.</translation>
        </message>
        <message>
            <source>The exchange file {name} was written by this same database, or by a copy of its file: there is nothing to merge. An exchange is between the databases of two offices.</source>
            <translation>El archivo de intercambio {name} fue generado por esta misma base de datos, o por una copia de su archivo: no hay nada que fusionar. Un intercambio se hace entre las bases de datos de dos oficinas.</translation>
        </message>
        <message>
            <source>The exchange file holds a record this database cannot accept ({reason}); nothing was imported.</source>
            <translation>El archivo de intercambio contiene un registro que esta base de datos no puede aceptar ({reason}); no se importó nada.</translation>
        </message>
        <message>
            <source>There is no initiative number {initiative}.</source>
            <translation>No existe la iniciativa número {initiative}.</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>la carpeta no existe</translation>
        </message>
        <message>
            <source>you do not have permission to write there</source>
            <translation>no tiene permiso para escribir ahí</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>the file is open in another program: close it and try again</source>
            <translation>el archivo está abierto en otro programa: ciérrelo y vuelva a intentarlo</translation>
        </message>
        <message>
            <source>you do not have permission to read it</source>
            <translation>no tiene permiso para leerlo</translation>
        </message>
        <message>
            <source>it is open in another program</source>
            <translation>está abierto en otro programa</translation>
        </message>
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
            <source>This step is not possible from the bottleneck's current status.</source>
            <translation>Este paso no es posible desde el estado actual del cuello de botella.</translation>
        </message>
        <message>
            <source>This step is not possible from the meeting's current status.</source>
            <translation>Este paso no es posible desde el estado actual de la sesión.</translation>
        </message>
        <message>
            <source>The minutes of {title} are approved and cannot be changed. Reopen them first (the reopening is recorded).</source>
            <translation>El acta de “{title}” está aprobada y no se puede modificar. Primero reábrala (la reapertura queda registrada).</translation>
        </message>
        <message>
            <source>{title} was cancelled and cannot be changed. Reinstate it first.</source>
            <translation>La sesión “{title}” fue cancelada y no se puede modificar. Primero restablézcala.</translation>
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
            <source>A template is an Excel workbook: the file name must end in .xlsx ({path}).</source>
            <translation>Una plantilla es un libro de Excel: el nombre del archivo debe terminar en .xlsx ({path}).</translation>
        </message>
        <message>
            <source>The database {path} already has data; the demo needs an empty database.</source>
            <translation>La base de datos {path} ya tiene datos; la demostración necesita una base de datos vacía.</translation>
        </message>
        <message>
            <source>This database is on a server: the server's administrator backs it up, not AgencyDesk.</source>
            <translation>Esta base de datos está en un servidor: de sus copias de seguridad se encarga el administrador del servidor, no AgencyDesk.</translation>
        </message>
        <message>
            <source>This database has no backups folder (the demo data is not backed up).</source>
            <translation>Esta base de datos no tiene carpeta de copias de seguridad (de los datos de demostración no se hacen copias).</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {reason}</source>
            <translation>No se pudo guardar la copia de seguridad en {folder}: {reason}</translation>
        </message>
        <message>
            <source>The backup of {path} did not pass SQLite's integrity check ({problem}) and was not kept. The database itself may be damaged.</source>
            <translation>La copia de seguridad de {path} no pasó la verificación de integridad de SQLite ({problem}) y no se conservó. Es posible que la propia base de datos esté dañada.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}) and cannot be restored. Choose another one.</source>
            <translation>La copia de seguridad {path} está dañada ({problem}) y no se puede restaurar. Elija otra.</translation>
        </message>
        <message>
            <source>The backup {path} does not exist (it may have been moved or deleted).</source>
            <translation>La copia de seguridad {path} no existe (puede que se haya movido o eliminado).</translation>
        </message>
        <message>
            <source>The backup could not be put in place of {path}: {reason}. The database was not changed.</source>
            <translation>No se pudo poner la copia de seguridad en lugar de {path}: {reason}. La base de datos no se modificó.</translation>
        </message>
        <message>
            <source>The sheet has no column for the required field {field} of {kind}; add the column (or map one to it) and try again.</source>
            <translation>La hoja no tiene una columna para el campo obligatorio {field} de {kind}; agregue la columna (o asigne una a ese campo) e intente de nuevo.</translation>
        </message>
        <message>
            <source>The file has no sheet named {sheet}. Its sheets: {sheets}.</source>
            <translation>El archivo no tiene ninguna hoja llamada {sheet}. Sus hojas: {sheets}.</translation>
        </message>
        <message>
            <source>The import of {file} cannot be undone: what it created is now used by {usages}.</source>
            <translation>La importación de {file} no se puede deshacer: lo que creó ahora lo usan {usages}.</translation>
        </message>
        <message>
            <source>The import of {file} was already undone ({when}).</source>
            <translation>La importación de {file} ya se deshizo ({when}).</translation>
        </message>
        <message>
            <source>{count} action plans are called {plan}; give the plan's number instead.</source>
            <translation>Hay {count} planes de acción llamados {plan}; indique el número del plan.</translation>
        </message>
        <message>
            <source>Importing {kind} needs an action plan: choose one.</source>
            <translation>Para importar {kind} se necesita un plan de acción: elija uno.</translation>
        </message>
        <message>
            <source>There is no action plan number {plan}.</source>
            <translation>No existe el plan de acción número {plan}.</translation>
        </message>
        <message>
            <source>Importing {kind} needs a meeting: choose one.</source>
            <translation>Para importar {kind} se necesita una sesión: elija una.</translation>
        </message>
        <message>
            <source>There is no meeting number {meeting}.</source>
            <translation>No existe la sesión número {meeting}.</translation>
        </message>
        <message>
            <source>The file {name} does not exist (it may have been moved, renamed or deleted).</source>
            <translation>El archivo {name} no existe (puede haberse movido, cambiado de nombre o eliminado).</translation>
        </message>
        <message>
            <source>The file {name} is empty (0 bytes). Ask for the file again.</source>
            <translation>El archivo {name} está vacío (0 bytes). Vuelva a pedir el archivo.</translation>
        </message>
        <message>
            <source>The file {name} cannot be opened: {reason}. Close it in other programs and try again.</source>
            <translation>No se puede abrir el archivo {name}: {reason}. Ciérrelo en otros programas e intente de nuevo.</translation>
        </message>
        <message>
            <source>The workbook {name} is protected with a password, so it cannot be read. Open it in Excel, enter the password, remove it (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave the box empty), save it and import it again.</source>
            <translation>El archivo {name} está protegido con contraseña, por lo que no se puede leer. Ábralo en Excel, escriba la contraseña, quítela (Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña, deje el cuadro vacío), guárdelo e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>The file {name} is damaged or incomplete and cannot be read. Ask for the file again.</source>
            <translation>El archivo {name} está dañado o incompleto y no se puede leer. Vuelva a pedir el archivo.</translation>
        </message>
        <message>
            <source>The file {name} is not a spreadsheet AgencyDesk can read. Import .xlsx, .xlsm, .xls, .ods, .csv or .txt files: open it in Excel or LibreOffice and save it as .xlsx.</source>
            <translation>El archivo {name} no es una hoja de cálculo que AgencyDesk pueda leer. Importe archivos .xlsx, .xlsm, .xls, .ods, .csv o .txt: ábralo en Excel o LibreOffice y guárdelo como .xlsx.</translation>
        </message>
        <message>
            <source>The file {name} contains forbidden XML (a DTD or entity declarations, used in attacks) and was not read. Open it in Excel or LibreOffice, save a new copy and import that.</source>
            <translation>El archivo {name} contiene XML prohibido (una DTD o declaraciones de entidades, usadas en ataques) y no se leyó. Ábralo en Excel o LibreOffice, guarde una copia nueva e importe esa copia.</translation>
        </message>
        <message>
            <source>The file {name} would expand to far more data than a spreadsheet holds (a "zip bomb") and was not read. Ask for the file again.</source>
            <translation>El archivo {name} se expandiría a muchos más datos de los que cabe en una hoja de cálculo (una "bomba zip") y no se leyó. Vuelva a pedir el archivo.</translation>
        </message>
        <message>
            <source>The sheet {sheet} of {name} has more than {limit} rows with data, the most one import takes. Split it into smaller files.</source>
            <translation>La hoja {sheet} de {name} tiene más de {limit} filas con datos, el máximo que admite una importación. Divídala en archivos más pequeños.</translation>
        </message>
        <message>
            <source>Reading {name} took more than {seconds} seconds and was stopped. Save only the sheet you need, or split it into smaller files.</source>
            <translation>La lectura de {name} tardó más de {seconds} segundos y se detuvo. Guarde solo la hoja que necesita o divídala en archivos más pequeños.</translation>
        </message>
        <message>
            <source>The file {name} needs more memory to read than one import may use. Save only the sheet you need, or split it into smaller files.</source>
            <translation>Para leer el archivo {name} se necesita más memoria de la que puede usar una importación. Guarde solo la hoja que necesita o divídala en archivos más pequeños.</translation>
        </message>
        <message>
            <source>No sheet could be read in {name}. If it was saved as "Strict Open XML", open it in Excel and save it as an ordinary Excel workbook (.xlsx).</source>
            <translation>No se pudo leer ninguna hoja de {name}. Si se guardó como "Strict Open XML", ábralo en Excel y guárdelo como un libro de Excel normal (.xlsx).</translation>
        </message>
        <message>
            <source>AgencyDesk could not read {name}: the reader stopped on it. Open it in Excel or LibreOffice, save it as .xlsx and import that file.</source>
            <translation>AgencyDesk no pudo leer {name}: la lectura de este archivo falló. Ábralo en Excel o LibreOffice, guárdelo como .xlsx e importe ese archivo.</translation>
        </message>
        <message>
            <source>Importing is disabled: the defusedxml package, which protects against malicious files, is missing or switched off. Reinstall AgencyDesk.</source>
            <translation>La importación está desactivada: el paquete defusedxml, que protege contra archivos maliciosos, falta o está desactivado. Reinstale AgencyDesk.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a spreadsheet: give the path of the file to import.</source>
            <translation>{path} es una carpeta, no una hoja de cálculo: indique la ruta del archivo que desea importar.</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (it is a device or a pipe): save the spreadsheet as a file and import that.</source>
            <translation>{path} no es un archivo común (es un dispositivo o una tubería): guarde la hoja de cálculo como archivo e importe ese archivo.</translation>
        </message>
        <message>
            <source>The rejected rows are saved as an Excel workbook: the file name given to --rejects must end in .xlsx (got {path}). Nothing was imported.</source>
            <translation>Las filas rechazadas se guardan como libro de Excel: el nombre de archivo dado a --rejects debe terminar en .xlsx (se recibió {path}). No se importó nada.</translation>
        </message>
        <message>
            <source>The file given to --{option}, {path}, is a folder or a device, not a file: give a file name. Nothing was imported.</source>
            <translation>Lo indicado en --{option}, {path}, es una carpeta o un dispositivo, no un archivo: indique un nombre de archivo. No se importó nada.</translation>
        </message>
        <message>
            <source>Cannot write {path} (--{option}): the folder {folder} does not exist. Nothing was imported.</source>
            <translation>No se puede escribir {path} (--{option}): la carpeta {folder} no existe. No se importó nada.</translation>
        </message>
        <message>
            <source>Cannot write {path} (--{option}): the folder {folder} does not allow new files. Choose another folder; nothing was imported.</source>
            <translation>No se puede escribir {path} (--{option}): la carpeta {folder} no permite crear archivos. Elija otra carpeta; no se importó nada.</translation>
        </message>
        <message>
            <source>--{option} {path} is the database {database} (or one of its files): writing it would destroy the database. Choose another file name; nothing was imported.</source>
            <translation>--{option} {path} es la base de datos {database} (o uno de sus archivos): escribirlo destruiría la base de datos. Elija otro nombre de archivo; no se importó nada.</translation>
        </message>
        <message>
            <source>--{option} {path} is the file being imported: writing it would overwrite the partner's original. Choose another file name; nothing was imported.</source>
            <translation>--{option} {path} es el archivo que se está importando: escribirlo sobrescribiría el original del socio. Elija otro nombre de archivo; no se importó nada.</translation>
        </message>
        <message>
            <source>--report and --rejects name the same file ({path}): give each its own file name. Nothing was imported.</source>
            <translation>--report y --rejects indican el mismo archivo ({path}): dé a cada uno su propio nombre de archivo. No se importó nada.</translation>
        </message>
        <message>
            <source>The sheet {sheet} has no data rows under its header row (row {row}); nothing was imported.</source>
            <translation>La hoja {sheet} no tiene filas de datos debajo de su fila de encabezados (fila {row}); no se importó nada.</translation>
        </message>
        <message>
            <source>The action plan's name is blank: give the number or the title of a plan.</source>
            <translation>El nombre del plan de acción está en blanco: indique el número o el título de un plan.</translation>
        </message>
        <message>
            <source>Importing {kind} does not go into an action plan: leave out the plan.</source>
            <translation>La importación de {kind} no va en un plan de acción: no indique un plan.</translation>
        </message>
        <message>
            <source>Importing {kind} does not go into a meeting: leave out the meeting.</source>
            <translation>La importación de {kind} no va a una sesión: no indique la sesión.</translation>
        </message>
        <message>
            <source>There is no action plan called {plan}. Importing {kind} only changes an existing plan: check the name, or choose the plan.</source>
            <translation>No hay ningún plan de acción llamado {plan}. La importación de {kind} solo modifica un plan existente: revise el nombre o elija el plan.</translation>
        </message>
        <message>
            <source>The title given for the new action plan is too long for a plan's title ({length} characters): shorten it.</source>
            <translation>El título indicado para el nuevo plan de acción es demasiado largo para el título de un plan ({length} caracteres): acórtelo.</translation>
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
        <message>
            <source>Another record here already has this number.</source>
            <translation>Otro registro aquí ya tiene este número.</translation>
        </message>
        <message>
            <source>The meeting has not started yet: it cannot be marked as held.</source>
            <translation>La sesión aún no ha comenzado: no se puede marcar como realizada.</translation>
        </message>
        <message>
            <source>The next session belongs to the same initiative or agenda as this one.</source>
            <translation>La próxima sesión pertenece a la misma iniciativa o agenda que esta.</translation>
        </message>
        <message>
            <source>Write the three-letter currency code, such as PEN, MXN or CLP.</source>
            <translation>Escriba el código de moneda de tres letras, como PEN, MXN o CLP.</translation>
        </message>
    </context>
    <context>
        <name>MinutesDocument</name>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>Minutes No. %1</source>
            <translation>Acta N° %1</translation>
        </message>
        <message>
            <source>session cancelled</source>
            <translation>sesión cancelada</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Asistencia:</translation>
        </message>
        <message>
            <source>Minutes approved on %1</source>
            <translation>Acta aprobada el %1</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Acta aprobada</translation>
        </message>
        <message>
            <source>SESSION CANCELLED — these minutes have no effect</source>
            <translation>SESIÓN CANCELADA — esta acta no tiene efecto</translation>
        </message>
        <message>
            <source>DRAFT — these minutes have not been approved</source>
            <translation>BORRADOR — esta acta no ha sido aprobada</translation>
        </message>
        <message numerus="yes">
            <source>%n invited; attendance not recorded yet</source>
            <translation>
                <numerusform>%n convocado; asistencia aún no registrada</numerusform>
                <numerusform>%n convocados; asistencia aún no registrada</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 invited attended</source>
            <translation>Asistieron %1 de %2 convocados</translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n justificó</numerusform>
                <numerusform>%n justificaron</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absent</source>
            <translation>
                <numerusform>%n ausente</numerusform>
                <numerusform>%n ausentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not invited</source>
            <translation>
                <numerusform>%n sin invitación</numerusform>
                <numerusform>%n sin invitación</numerusform>
            </translation>
        </message>
        <message>
            <source>quorum: more than half of those invited are present</source>
            <translation>quórum: asiste más de la mitad de los convocados</translation>
        </message>
        <message>
            <source>no quorum: half or fewer of those invited are present</source>
            <translation>sin quórum: asiste la mitad o menos de los convocados</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Attendance has not been recorded yet.</source>
            <translation>La asistencia aún no se ha registrado.</translation>
        </message>
        <message>
            <source>No attendance was recorded.</source>
            <translation>No se registró asistencia.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Titular / alternate</source>
            <translation>Titular / suplente</translation>
        </message>
        <message>
            <source>Excused:</source>
            <translation>Justificaron su inasistencia:</translation>
        </message>
        <message>
            <source>Absent:</source>
            <translation>Ausentes:</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>No agenda was recorded.</source>
            <translation>No se registró orden del día.</translation>
        </message>
        <message>
            <source>Development of the session</source>
            <translation>Desarrollo de la sesión</translation>
        </message>
        <message>
            <source>Bottlenecks discussed:</source>
            <translation>Cuellos de botella tratados:</translation>
        </message>
        <message>
            <source>No development recorded for this item.</source>
            <translation>Sin desarrollo registrado para este punto.</translation>
        </message>
        <message>
            <source>No development of the session was recorded.</source>
            <translation>No se registró el desarrollo de la sesión.</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Acción:</translation>
        </message>
        <message>
            <source>Bottleneck:</source>
            <translation>Cuello de botella:</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Seguimiento:</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>No agreements were taken.</source>
            <translation>No se tomaron acuerdos.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Pending agreements from earlier sessions</source>
            <translation>Acuerdos pendientes de sesiones anteriores</translation>
        </message>
        <message>
            <source>There were no pending agreements.</source>
            <translation>No había acuerdos pendientes.</translation>
        </message>
        <message>
            <source>Numbered session.agreement (2.3: agreement 3 of session 2). Status on %1.</source>
            <translation>Numeración sesión.acuerdo (2.3: acuerdo 3 de la sesión 2). Estado al %1.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>To be set</source>
            <translation>Por definir</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Próxima sesión</translation>
        </message>
        <message>
            <source>There being no further business, the session closed at %1.</source>
            <translation>No habiendo más asuntos que tratar, se levantó la sesión a las %1 horas.</translation>
        </message>
        <message>
            <source>The attendance sheet %1, signed by those present, is part of these minutes.</source>
            <translation>La lista de asistencia %1, firmada por los asistentes, forma parte de la presente acta.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>New agenda item</source>
            <translation>Nuevo punto de agenda</translation>
        </message>
        <message>
            <source>No agenda items yet. Type the first one below and press Enter.</source>
            <translation>Aún no hay puntos de agenda. Escriba el primero abajo y presione Enter.</translation>
        </message>
        <message>
            <source>Type an agenda item, then press Enter to add it</source>
            <translation>Escriba un punto de agenda y presione Enter para agregarlo</translation>
        </message>
        <message>
            <source>Agenda i&amp;tems</source>
            <translation>Punto&amp;s del orden del día</translation>
        </message>
        <message>
            <source>General de&amp;velopment / summary of the session:</source>
            <translation>Desarrollo &amp;general / resumen de la sesión:</translation>
        </message>
        <message>
            <source>An overview of the session: who presented what, the main conclusions</source>
            <translation>Una visión general de la sesión: quién presentó qué, las principales conclusiones</translation>
        </message>
        <message>
            <source>No general development was written.</source>
            <translation>No se redactó un desarrollo general.</translation>
        </message>
        <message>
            <source>Plain text: leave a blank line between paragraphs, start list lines with “- ” or “1. ”. Saved as you write.</source>
            <translation>Texto simple: deje una línea en blanco entre párrafos, comience las líneas de lista con “- ” o “1. ”. Se guarda mientras escribe.</translation>
        </message>
        <message>
            <source>This session was cancelled: its minutes cannot be changed.</source>
            <translation>Esta sesión fue cancelada: su acta no se puede modificar.</translation>
        </message>
        <message>
            <source>The minutes of this session are approved: they can be read, not changed.</source>
            <translation>El acta de esta sesión está aprobada: se puede leer, pero no modificar.</translation>
        </message>
        <message>
            <source>Add agenda item “%1”</source>
            <translation>Agregar punto de agenda “%1”</translation>
        </message>
        <message>
            <source>Rename agenda item “%1”</source>
            <translation>Renombrar punto de agenda “%1”</translation>
        </message>
        <message>
            <source>Delete agenda item “%1”</source>
            <translation>Eliminar punto de agenda “%1”</translation>
        </message>
        <message>
            <source>Move agenda item “%1” up</source>
            <translation>Subir punto de agenda “%1”</translation>
        </message>
        <message>
            <source>Move agenda item “%1” down</source>
            <translation>Bajar punto de agenda “%1”</translation>
        </message>
        <message>
            <source>Link “%1” to agenda item “%2”</source>
            <translation>Vincular “%1” al punto de agenda “%2”</translation>
        </message>
        <message>
            <source>Unlink “%1” from agenda item “%2”</source>
            <translation>Desvincular “%1” del punto de agenda “%2”</translation>
        </message>
        <message>
            <source>Edit the development of “%1”</source>
            <translation>Editar el desarrollo de “%1”</translation>
        </message>
        <message>
            <source>Edit the minutes of “%1”</source>
            <translation>Editar el acta de “%1”</translation>
        </message>
        <message>
            <source>Cannot change the minutes</source>
            <translation>No se puede modificar el acta</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>Invite a new person</source>
            <translation>Invitar a una persona nueva</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>Optional: the attendance counts show it</source>
            <translation>Opcional: se muestra en los conteos de asistencia</translation>
        </message>
        <message>
            <source>The person is added to the directory and invited to this meeting. Their other details can be completed later under Actors.</source>
            <translation>La persona se agrega al directorio y se invita a esta sesión. Sus demás datos se pueden completar después en Actores.</translation>
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
            <source>Gen&amp;der:</source>
            <translation>Géne&amp;ro:</translation>
        </message>
        <message>
            <source>&amp;Create and invite</source>
            <translation>Crear e &amp;invitar</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Elija una organización de la lista o deje el campo vacío.</translation>
        </message>
        <message>
            <source>no organization</source>
            <translation>sin organización</translation>
        </message>
        <message>
            <source>%1 (%2) is already in the directory: to invite them, use “From the directory…” instead.</source>
            <translation>%1 (%2) ya está en el directorio: para invitarla, use “Del directorio…”.</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingsPanel</name>
        <message>
            <source>Next meetings</source>
            <translation>Próximas sesiones</translation>
        </message>
        <message>
            <source>No meeting planned: plan the next session of an initiative in the Meetings area, and it appears here.</source>
            <translation>No hay sesiones programadas: programe la próxima sesión de una iniciativa en el área Sesiones y aparecerá aquí.</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>N° %1</translation>
        </message>
        <message numerus="yes">
            <source>the next %n day(s)</source>
            <translation>
                <numerusform>el próximo %n día</numerusform>
                <numerusform>los próximos %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>No open agreement falls due in %1.</source>
            <translation>Ningún acuerdo abierto vence en %1.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='#due_soon'&gt;%n open agreement(s)&lt;/a&gt; due in %1.</source>
            <translation>
                <numerusform>&lt;a href='#due_soon'&gt;%n acuerdo abierto&lt;/a&gt; vence en %1.</numerusform>
                <numerusform>&lt;a href='#due_soon'&gt;%n acuerdos abiertos&lt;/a&gt; vencen en %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>What the file holds and how to read it.</source>
            <translation>Qué contiene el archivo y cómo leerlo.</translation>
        </message>
        <message>
            <source>Title of the new plan</source>
            <translation>Título del plan nuevo</translation>
        </message>
        <message>
            <source>Day first (15/03/2024 is 15 March)</source>
            <translation>Día primero (15/03/2024 es el 15 de marzo)</translation>
        </message>
        <message>
            <source>Month first (03/15/2024 is 15 March)</source>
            <translation>Mes primero (03/15/2024 es el 15 de marzo)</translation>
        </message>
        <message>
            <source>Decide for each value</source>
            <translation>Decidir para cada valor</translation>
        </message>
        <message>
            <source>Decimal comma (1.234,56)</source>
            <translation>Coma decimal (1.234,56)</translation>
        </message>
        <message>
            <source>Decimal point (1,234.56)</source>
            <translation>Punto decimal (1,234.56)</translation>
        </message>
        <message>
            <source>Skip them (keep what AgencyDesk has)</source>
            <translation>Omitirlas (conservar lo que tiene AgencyDesk)</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>Actualizarlas con los valores del archivo</translation>
        </message>
        <message>
            <source>Fill only their empty fields</source>
            <translation>Completar solo sus campos vacíos</translation>
        </message>
        <message>
            <source>Create the organizations not in the directory</source>
            <translation>Crear las organizaciones que no están en el directorio</translation>
        </message>
        <message>
            <source>A new organization whose name says what it is gets that type: a “Municipalidad” or a “Ministerio” is public, with its level of government, a “Universidad” academia, a “Fundación” civil society, an “S.A.C.” or a “Cooperativa” private. The others get the type chosen here.</source>
            <translation>Una organización nueva cuyo nombre dice qué es recibe ese tipo: una “Municipalidad” o un “Ministerio” es pública, con su nivel de gobierno; una “Universidad”, academia; una “Fundación”, sociedad civil; una “S.A.C.” o una “Cooperativa”, privada. Las demás reciben el tipo elegido aquí.</translation>
        </message>
        <message>
            <source>Everyone on the list attended</source>
            <translation>Todas las personas de la lista asistieron</translation>
        </message>
        <message>
            <source>For a signed sign-in sheet with no column saying who attended. Otherwise the people are added to the meeting's list as invited only.</source>
            <translation>Para una lista de asistencia firmada que no tiene una columna que diga quién asistió. Si no se marca, las personas se agregan a la lista de la sesión solo como invitadas.</translation>
        </message>
        <message>
            <source>None: reject the row</source>
            <translation>Ninguno: rechazar la fila</translation>
        </message>
        <message>
            <source>The file holds:</source>
            <translation>El archivo contiene:</translation>
        </message>
        <message>
            <source>Action plan:</source>
            <translation>Plan de acción:</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Sesión:</translation>
        </message>
        <message>
            <source>Dates written:</source>
            <translation>Formato de las fechas:</translation>
        </message>
        <message>
            <source>Numbers written with:</source>
            <translation>Números escritos con:</translation>
        </message>
        <message>
            <source>Rows matching existing records:</source>
            <translation>Filas que coinciden con registros existentes:</translation>
        </message>
        <message>
            <source>Unknown organizations:</source>
            <translation>Organizaciones desconocidas:</translation>
        </message>
        <message>
            <source>Their type, if the name does not say it:</source>
            <translation>Su tipo, si el nombre no lo dice:</translation>
        </message>
        <message>
            <source>Type of actor when empty:</source>
            <translation>Tipo de actor si está vacío:</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Asistencia:</translation>
        </message>
        <message>
            <source>A new plan…</source>
            <translation>Un plan nuevo…</translation>
        </message>
        <message numerus="yes">
            <source>The columns were matched again for “%1”: %n column(s) recognised. Go Back to check them.</source>
            <translation>
                <numerusform>Las columnas se volvieron a asociar para “%1”: %n columna reconocida. Pulse Atrás para revisarlas.</numerusform>
                <numerusform>Las columnas se volvieron a asociar para “%1”: %n columnas reconocidas. Pulse Atrás para revisarlas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the title of the new plan.</source>
            <translation>Escriba el título del plan nuevo.</translation>
        </message>
        <message>
            <source>Choose the action plan.</source>
            <translation>Elija el plan de acción.</translation>
        </message>
        <message>
            <source>Choose the meeting.</source>
            <translation>Elija la sesión.</translation>
        </message>
    </context>
    <context>
        <name>OrderedListEditor</name>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the selected item in place (F2)</source>
            <translation>Editar el elemento seleccionado directamente en la lista (F2)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the selected item up (Alt+Up)</source>
            <translation>Subir el elemento seleccionado (Alt+Flecha arriba)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move the selected item down (Alt+Down)</source>
            <translation>Bajar el elemento seleccionado (Alt+Flecha abajo)</translation>
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
        <name>OrganizationChoiceModel</name>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de actor</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Territorio</translation>
        </message>
        <message>
            <source>Already takes part as</source>
            <translation>Ya participa como</translation>
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
            <source>Tax I&amp;D:</source>
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
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
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
        <name>OwnerField</name>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa o agenda</translation>
        </message>
        <message>
            <source>Initiative or a&amp;genda:</source>
            <translation>Iniciativa o a&amp;genda:</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Initiative:</source>
            <translation>Iniciativa:</translation>
        </message>
        <message>
            <source>Choose an initiative or an agenda</source>
            <translation>Elija una iniciativa o una agenda</translation>
        </message>
        <message>
            <source>Agenda: %1</source>
            <translation>Agenda: %1</translation>
        </message>
    </context>
    <context>
        <name>PageTexts</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Generated on %1</source>
            <translation>Generado el %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantColumns</name>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de actor</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Titular / alternate</source>
            <translation>Titular / suplente</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <source>Add pa&amp;rticipants…</source>
            <translation>Agregar participa&amp;ntes…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>E&amp;nd participation…</source>
            <translation>&amp;Finalizar participación…</translation>
        </message>
        <message>
            <source>The participant left: the row stays in the history with its dates</source>
            <translation>El participante se retiró: la fila queda en el historial con sus fechas</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Elimina&amp;r…</translation>
        </message>
        <message>
            <source>Only for a row entered by mistake; for someone who left, end it instead</source>
            <translation>Solo para una fila ingresada por error; si alguien se retiró, finalice su participación</translation>
        </message>
        <message>
            <source>Show &amp;former participants</source>
            <translation>&amp;Mostrar participantes anteriores</translation>
        </message>
        <message>
            <source>Nobody takes part yet. Add the first organizations with “Add participants…”.</source>
            <translation>Aún no participa nadie. Agregue las primeras organizaciones con “Agregar participantes…”.</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>Agregar participantes</translation>
        </message>
        <message numerus="yes">
            <source>Add %n participant(s)</source>
            <translation>
                <numerusform>Agregar %n participante</numerusform>
                <numerusform>Agregar %n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) already took part in the same role and were not added again.</source>
            <translation>
                <numerusform>%n participante ya participaba con el mismo rol y no se agregó de nuevo.</numerusform>
                <numerusform>%n participantes ya participaban con el mismo rol y no se agregaron de nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit participation</source>
            <translation>Editar participación</translation>
        </message>
        <message>
            <source>Edit participation of “%1”</source>
            <translation>Editar participación de “%1”</translation>
        </message>
        <message>
            <source>End participation of “%1”</source>
            <translation>Finalizar participación de “%1”</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participación</translation>
        </message>
        <message>
            <source>Delete participation</source>
            <translation>Eliminar participación</translation>
        </message>
        <message>
            <source>Delete participation of “%1”</source>
            <translation>Eliminar participación de “%1”</translation>
        </message>
    </context>
    <context>
        <name>ParticipationsModel</name>
        <message>
            <source>Former participant: took part from %1 to %2</source>
            <translation>Ex participante: participó del %1 al %2</translation>
        </message>
    </context>
    <context>
        <name>PdfCommand</name>
        <message>
            <source>there is no action plan %1</source>
            <translation>no existe el plan de acción %1</translation>
        </message>
        <message>
            <source>there is no meeting %1</source>
            <translation>no existe la sesión %1</translation>
        </message>
        <message>
            <source>there is no person %1</source>
            <translation>no existe la persona %1</translation>
        </message>
        <message>
            <source>there is no initiative %1</source>
            <translation>no existe la iniciativa %1</translation>
        </message>
        <message>
            <source>ID must be a number, not %1</source>
            <translation>El ID debe ser un número, no %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n page(s) written to %2</source>
            <translation>
                <numerusform>%1: %n página escrita en %2</numerusform>
                <numerusform>%1: %n páginas escritas en %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfDocuments</name>
        <message>
            <source>Action plan (PD&amp;F)…</source>
            <translation>Plan de acción (PD&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Minutes (PDF)…</source>
            <translation>&amp;Acta (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Sign-in sheet (PDF)…</source>
            <translation>&amp;Hoja de asistencia (PDF)…</translation>
        </message>
        <message>
            <source>Agreements follow-up (PD&amp;F)…</source>
            <translation>Seguimiento de acuerdos (PD&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Handover file (PDF)…</source>
            <translation>&amp;Expediente de traspaso (PDF)…</translation>
        </message>
        <message>
            <source>The plan to print and sign: actions by axis, totals, timeline and indicators</source>
            <translation>El plan para imprimir y firmar: acciones por eje, totales, cronograma e indicadores</translation>
        </message>
        <message>
            <source>The minutes to print and sign: attendance, agenda, development and agreements</source>
            <translation>El acta para imprimir y firmar: asistencia, agenda, desarrollo y acuerdos</translation>
        </message>
        <message>
            <source>The sheet attendees sign: the invitees, and blank rows for the others</source>
            <translation>La hoja que firman los asistentes: los convocados y filas en blanco para los demás</translation>
        </message>
        <message>
            <source>Open and overdue agreements by responsible institution, for the next session</source>
            <translation>Acuerdos abiertos y vencidos por institución responsable, para la próxima sesión</translation>
        </message>
        <message>
            <source>Everything about the initiative in one file, for a change of authority or team</source>
            <translation>Todo sobre la iniciativa en un solo archivo, para un cambio de autoridad o de equipo</translation>
        </message>
        <message>
            <source>Do&amp;cuments (PDF)</source>
            <translation>&amp;Documentos (PDF)</translation>
        </message>
        <message>
            <source>Doc&amp;uments (PDF)</source>
            <translation>Doc&amp;umentos (PDF)</translation>
        </message>
        <message>
            <source>PD&amp;F…</source>
            <translation>PD&amp;F…</translation>
        </message>
        <message>
            <source>Agreements follow-up (PDF): open and overdue agreements by responsible institution, for the next session; of the initiative chosen above, or of every initiative</source>
            <translation>Seguimiento de acuerdos (PDF): acuerdos abiertos y vencidos por institución responsable, para la próxima sesión; de la iniciativa elegida arriba o de todas las iniciativas</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Zoom out (%1)</source>
            <translation>Alejar (%1)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <source>Zoom in (%1)</source>
            <translation>Acercar (%1)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>&amp;Ajustar al ancho</translation>
        </message>
        <message>
            <source>Show each page as wide as the window</source>
            <translation>Mostrar cada página tan ancha como la ventana</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Guardar como…</translation>
        </message>
        <message>
            <source>Keep a copy of this PDF in a folder of your choice</source>
            <translation>Guardar una copia de este PDF en la carpeta que elija</translation>
        </message>
        <message>
            <source>Open with the system &amp;viewer</source>
            <translation>Abrir con el &amp;visor del sistema</translation>
        </message>
        <message>
            <source>Open the PDF in the computer's usual PDF program</source>
            <translation>Abrir el PDF con el programa de PDF habitual del equipo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>The PDF could not be shown.</source>
            <translation>No se pudo mostrar el PDF.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Print “%1”</source>
            <translation>Imprimir «%1»</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Imprimiendo…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n página enviada a la impresora.</numerusform>
                <numerusform>%n páginas enviadas a la impresora.</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not be used. Check that it is on and try again.</source>
            <translation>No se pudo usar la impresora. Compruebe que esté encendida e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Guardar el PDF como</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
        <message>
            <source>Open with the system viewer</source>
            <translation>Abrir con el visor del sistema</translation>
        </message>
        <message>
            <source>No program to open PDF files was found on this computer. Save the PDF (Save as…) and open it from its folder, or install a PDF reader.</source>
            <translation>No se encontró en este equipo ningún programa para abrir archivos PDF. Guarde el PDF (Guardar como…) y ábralo desde su carpeta, o instale un lector de PDF.</translation>
        </message>
    </context>
    <context>
        <name>PdfTexts</name>
        <message>
            <source>Preparing the PDF…</source>
            <translation>Preparando el PDF…</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
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
            <source>Actor type of the person's organization</source>
            <translation>Tipo de actor de la organización de la persona</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Todos los géneros</translation>
        </message>
        <message>
            <source>Gender not recorded</source>
            <translation>Género no registrado</translation>
        </message>
        <message>
            <source>Gender filter</source>
            <translation>Filtro de género</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
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
        <name>PersonChoiceModel</name>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
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
            <source>Invitation</source>
            <translation>Invitación</translation>
        </message>
        <message>
            <source>Already invited</source>
            <translation>Ya invitado</translation>
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
        <name>PersonDataDocument</name>
        <message>
            <source>Personal data</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <source>Everything this office holds about the person, issued at their request (Peru: Ley 29733; Chile: Ley 19.628; Mexico: LFPDPPP). Prepared on %1.</source>
            <translation>Todo lo que esta oficina tiene registrado sobre la persona, emitido a su solicitud (Perú: Ley 29733; Chile: Ley 19.628; México: LFPDPPP). Elaborado el %1.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidad</translation>
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
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Registrado el</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Última modificación</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Fecha del consentimiento</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidad</translation>
        </message>
        <message>
            <source>No consent is recorded.</source>
            <translation>No hay consentimiento registrado.</translation>
        </message>
        <message>
            <source>Initiatives they take part in</source>
            <translation>Iniciativas en las que participa</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinador(a)</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Ninguna.</translation>
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
            <source>Representation</source>
            <translation>Representación</translation>
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
            <source>Meetings they were invited to</source>
            <translation>Sesiones a las que fue invitado(a)</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificó</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invitado(a)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa o agenda</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>En representación de</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Agreements they are responsible for</source>
            <translation>Acuerdos a su cargo</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Record of changes</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <source>No change is recorded.</source>
            <translation>No hay cambios registrados.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Created by importing %1</source>
            <translation>Creación por importación de %1</translation>
        </message>
        <message>
            <source>Removed by undoing the import of %1</source>
            <translation>Eliminación al deshacer la importación de %1</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificación</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminación</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(borrado)</translation>
        </message>
        <message>
            <source>(deleted, #%1)</source>
            <translation>(eliminado, #%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
            <translation>Gén&amp;ero:</translation>
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
            <source>Optional: offices report women's participation</source>
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
        <name>PersonPicker</name>
        <message>
            <source>Type part of the name, then choose from the list</source>
            <translation>Escriba parte del nombre y luego elija de la lista</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataButton</name>
        <message>
            <source>Pe&amp;rsonal data</source>
            <translation>Datos pe&amp;rsonales</translation>
        </message>
        <message>
            <source>What the office holds about this person: export it, or erase it</source>
            <translation>Lo que la oficina guarda sobre esta persona: exportarlo o borrarlo</translation>
        </message>
        <message>
            <source>Export everything about this person (&amp;JSON)…</source>
            <translation>Exportar todo sobre esta persona (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Export everything about this person (&amp;PDF)…</source>
            <translation>Exportar todo sobre esta persona (&amp;PDF)…</translation>
        </message>
        <message>
            <source>&amp;Erase this person…</source>
            <translation>&amp;Borrar los datos de esta persona…</translation>
        </message>
        <message>
            <source>Export everything about this person</source>
            <translation>Exportar todo sobre esta persona</translation>
        </message>
        <message>
            <source>Erase this person</source>
            <translation>Borrar los datos de esta persona</translation>
        </message>
        <message>
            <source>Erasing the personal data…</source>
            <translation>Borrando los datos personales…</translation>
        </message>
        <message>
            <source>The person was erased, but the database file could not be compacted now (another program is reading it): their old values may stay in its unused space until it is. Erase them again later to compact it.</source>
            <translation>Se borraron los datos de la persona, pero el archivo de la base de datos no se pudo compactar ahora (otro programa lo está leyendo): sus valores anteriores pueden quedar en el espacio sin usar del archivo hasta que se compacte. Vuelva a borrar sus datos más tarde para compactarlo.</translation>
        </message>
    </context>
    <context>
        <name>PictureWindow</name>
        <message>
            <source>Picture of the guide</source>
            <translation>Imagen de la guía</translation>
        </message>
    </context>
    <context>
        <name>PlanColumns</name>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Agenda or initiative</source>
            <translation>Agenda o iniciativa</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
    </context>
    <context>
        <name>PlanForm</name>
        <message>
            <source>Required, e.g. Roadmap of the timber table</source>
            <translation>Obligatorio, p. ej. Hoja de ruta de la mesa de la madera</translation>
        </message>
        <message>
            <source>ISO 4217 code: PEN, MXN, CLP, COP, USD…</source>
            <translation>Código ISO 4217: PEN, MXN, CLP, COP, USD…</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Belongs to:</source>
            <translation>&amp;Pertenece a:</translation>
        </message>
        <message>
            <source>Period &amp;from:</source>
            <translation>Período &amp;desde:</translation>
        </message>
        <message>
            <source>Period &amp;to:</source>
            <translation>Período &amp;hasta:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Approved on:</source>
            <translation>&amp;Aprobado el:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versión:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Moneda:</translation>
        </message>
        <message>
            <source>Choose an agenda or an initiative</source>
            <translation>Elija una agenda o una iniciativa</translation>
        </message>
        <message>
            <source>Initiative: %1</source>
            <translation>Iniciativa: %1</translation>
        </message>
        <message>
            <source>Agenda: %1</source>
            <translation>Agenda: %1</translation>
        </message>
        <message>
            <source>New action plan</source>
            <translation>Nuevo plan de acción</translation>
        </message>
        <message>
            <source>Edit action plan</source>
            <translation>Editar plan de acción</translation>
        </message>
        <message>
            <source>Create action plan “%1”</source>
            <translation>Crear plan de acción “%1”</translation>
        </message>
        <message>
            <source>Edit action plan “%1”</source>
            <translation>Editar plan de acción “%1”</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>Progress of the plan</source>
            <translation>Avance del plan</translation>
        </message>
        <message>
            <source>Ed&amp;it plan…</source>
            <translation>E&amp;ditar plan…</translation>
        </message>
        <message>
            <source>Plan history…</source>
            <translation>Historial del plan…</translation>
        </message>
        <message>
            <source>approved on %1</source>
            <translation>aprobado el %1</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>versión %1</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>presupuesto %1</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <source>%p% done</source>
            <translation>%p% completado</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Aún sin avance</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <source>&amp;Create the action plan</source>
            <translation>&amp;Crear el plan de acción</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>C&amp;ronograma</translation>
        </message>
        <message>
            <source>Acti&amp;ons</source>
            <translation>Acci&amp;ones</translation>
        </message>
        <message>
            <source>Indicato&amp;rs</source>
            <translation>&amp;Indicadores</translation>
        </message>
        <message>
            <source>Choose a plan to see its actions.</source>
            <translation>Elija un plan para ver sus acciones.</translation>
        </message>
        <message>
            <source>This initiative has no action plan yet. Create it to follow its actions, their budget and their funding.</source>
            <translation>Esta iniciativa aún no tiene plan de acción. Créelo para dar seguimiento a sus acciones, su presupuesto y su financiamiento.</translation>
        </message>
        <message>
            <source>This plan no longer exists.</source>
            <translation>Este plan ya no existe.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Action plan of %1</source>
            <translation>Plan de acción de %1</translation>
        </message>
        <message>
            <source>New action plan</source>
            <translation>Nuevo plan de acción</translation>
        </message>
        <message>
            <source>Edit action plan</source>
            <translation>Editar plan de acción</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nueva acción</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar acción</translation>
        </message>
        <message>
            <source>Change action “%1”</source>
            <translation>Modificar acción “%1”</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Eliminar acción</translation>
        </message>
        <message>
            <source>Delete action “%1”</source>
            <translation>Eliminar acción “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>No se puede deshacer ni rehacer</translation>
        </message>
    </context>
    <context>
        <name>PlanTimelineSection</name>
        <message>
            <source>Timeline</source>
            <translation>Cronograma</translation>
        </message>
        <message>
            <source>No actions with dates yet.</source>
            <translation>Aún no hay acciones con fechas.</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sin eje</translation>
        </message>
        <message>
            <source>Jan</source>
            <comment>month, abbreviated</comment>
            <translation>Ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <comment>month, abbreviated</comment>
            <translation>Feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <comment>month, abbreviated</comment>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <comment>month, abbreviated</comment>
            <translation>Abr</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month, abbreviated</comment>
            <translation>May</translation>
        </message>
        <message>
            <source>Jun</source>
            <comment>month, abbreviated</comment>
            <translation>Jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <comment>month, abbreviated</comment>
            <translation>Jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <comment>month, abbreviated</comment>
            <translation>Ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <comment>month, abbreviated</comment>
            <translation>Sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <comment>month, abbreviated</comment>
            <translation>Oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <comment>month, abbreviated</comment>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <comment>month, abbreviated</comment>
            <translation>Dic</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>no dates</source>
            <translation>sin fechas</translation>
        </message>
        <message>
            <source>Today %1</source>
            <translation>Hoy %1</translation>
        </message>
        <message>
            <source>Filled part: progress</source>
            <translation>Parte rellena: avance</translation>
        </message>
        <message>
            <source>Red outline: past its end date</source>
            <translation>Borde rojo: pasó su fecha de término</translation>
        </message>
        <message>
            <source>Single date</source>
            <translation>Fecha única</translation>
        </message>
        <message>
            <source>Span of the axis</source>
            <translation>Duración del eje</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
    </context>
    <context>
        <name>PlanTotalsSection</name>
        <message>
            <source>Amounts in %1. Cancelled actions are not counted.</source>
            <translation>Montos en %1. No se cuentan las acciones canceladas.</translation>
        </message>
        <message>
            <source>Budget and funding</source>
            <translation>Presupuesto y financiamiento</translation>
        </message>
        <message>
            <source>By axis</source>
            <translation>Por eje</translation>
        </message>
        <message>
            <source>By funding source</source>
            <translation>Por fuente de financiamiento</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eje</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Funded, cash</source>
            <translation>Financiado, efectivo</translation>
        </message>
        <message>
            <source>Funded, in kind</source>
            <translation>Financiado, en especie</translation>
        </message>
        <message>
            <source>Funded, total</source>
            <translation>Financiado, total</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sin eje</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiamiento</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <source>Share of funding</source>
            <translation>Parte del financiamiento</translation>
        </message>
        <message>
            <source>&lt; %1</source>
            <translation>&lt; %1</translation>
        </message>
    </context>
    <context>
        <name>PlansArea</name>
        <message>
            <source>All plans</source>
            <translation>Todos los planes</translation>
        </message>
        <message>
            <source>Back to the list of plans (%1)</source>
            <translation>Volver a la lista de planes (%1)</translation>
        </message>
        <message>
            <source>&amp;Plans</source>
            <translation>&amp;Planes</translation>
        </message>
        <message>
            <source>All &amp;actions</source>
            <translation>&amp;Todas las acciones</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>No se puede leer la base de datos</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Eliminar acción</translation>
        </message>
        <message>
            <source>Delete action “%1”</source>
            <translation>Eliminar acción “%1”</translation>
        </message>
        <message>
            <source>Delete action plan</source>
            <translation>Eliminar plan de acción</translation>
        </message>
        <message>
            <source>Delete action plan “%1”</source>
            <translation>Eliminar plan de acción “%1”</translation>
        </message>
    </context>
    <context>
        <name>PlansListPage</name>
        <message>
            <source>Title, agenda or initiative</source>
            <translation>Título, agenda o iniciativa</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de estado</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Nuevo plan</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Delete plan…</source>
            <translation>&amp;Eliminar plan…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Guardar en Excel o CSV las filas de la lista, con la búsqueda y los filtros aplicados</translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s) found</source>
            <translation>
                <numerusform>%n plan encontrado</numerusform>
                <numerusform>%n planes encontrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s)</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n planes</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan matches the search or the filter.</source>
            <translation>Ningún plan coincide con la búsqueda o el filtro.</translation>
        </message>
        <message>
            <source>There are no action plans yet. Create one with “New plan”.</source>
            <translation>Aún no hay planes de acción. Cree uno con “Nuevo plan”.</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
    </context>
    <context>
        <name>PlansPanel</name>
        <message>
            <source>Action plans and their progress</source>
            <translation>Planes de acción y su avance</translation>
        </message>
        <message>
            <source>No action plans yet: create one for an agenda or an initiative, and its progress appears here.</source>
            <translation>Aún no hay planes de acción: cree uno para una agenda o una iniciativa y su avance aparecerá aquí.</translation>
        </message>
        <message>
            <source>Progress is the mean of the actions' progress, cancelled ones left out.</source>
            <translation>El avance es el promedio del avance de las acciones, sin contar las canceladas.</translation>
        </message>
        <message numerus="yes">
            <source>%n more plan(s) not shown.</source>
            <translation>
                <numerusform>No se muestra %n plan más.</numerusform>
                <numerusform>No se muestran %n planes más.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Fill empty fields</source>
            <translation>Completar los vacíos</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>Match or problem</source>
            <translation>Coincidencia o problema</translation>
        </message>
        <message>
            <source>Double-click to change what happens to this row</source>
            <translation>Haga doble clic para cambiar lo que ocurre con esta fila</translation>
        </message>
        <message>
            <source>Matches %1 (%2)</source>
            <translation>Coincide con %1 (%2)</translation>
        </message>
        <message>
            <source>Same as row %1</source>
            <translation>Igual que la fila %1</translation>
        </message>
        <message>
            <source>New organization: %1</source>
            <translation>Organización nueva: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Revise las filas</translation>
        </message>
        <message>
            <source>Yellow cells were corrected (point at them to see how); red ones cannot be stored, and their row is not imported. Change what happens to a row in “What to do”.</source>
            <translation>Las celdas amarillas se corrigieron (pase el puntero sobre ellas para ver cómo); las rojas no se pueden guardar y su fila no se importa. Cambie lo que ocurre con una fila en “Qué hacer”.</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translation>Solo filas con problemas</translation>
        </message>
        <message>
            <source>Apply to selected rows</source>
            <translation>Aplicar a las filas seleccionadas</translation>
        </message>
        <message>
            <source>What to do with the selected rows:</source>
            <translation>Qué hacer con las filas seleccionadas:</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Revisando las filas</translation>
        </message>
        <message>
            <source>The preview was cancelled. Go Back, or Next to try again.</source>
            <translation>Se canceló la vista previa. Pulse Atrás, o Siguiente para intentarlo de nuevo.</translation>
        </message>
        <message numerus="yes">
            <source>Row(s) %1 of the file have quotation marks a CSV file does not allow (one never closed, or quotes inside quotes): each line was read as one row, as written. Check those rows.</source>
            <translation>
                <numerusform>La fila %1 del archivo tiene comillas que un archivo CSV no admite (una que nunca se cierra, o comillas dentro de comillas): cada línea se leyó como una fila, tal como está escrita. Revise esa fila.</numerusform>
                <numerusform>Las filas %1 del archivo tienen comillas que un archivo CSV no admite (una que nunca se cierra, o comillas dentro de comillas): cada línea se leyó como una fila, tal como está escrita. Revise esas filas.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no rows to import under the header row (row %1). Go Back to choose another sheet or header row.</source>
            <translation>No hay filas para importar debajo de la fila de encabezados (fila %1). Vuelva Atrás para elegir otra hoja u otra fila de encabezados.</translation>
        </message>
        <message numerus="yes">
            <source>%n data row(s)</source>
            <translation>
                <numerusform>%n fila de datos</numerusform>
                <numerusform>%n filas de datos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n valid</source>
            <translation>
                <numerusform>%n válida</numerusform>
                <numerusform>%n válidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rechazada</numerusform>
                <numerusform>%n rechazadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match existing records</source>
            <translation>
                <numerusform>%n coincide con un registro existente</numerusform>
                <numerusform>%n coinciden con registros existentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated in the file</source>
            <translation>
                <numerusform>%n repetida en el archivo</numerusform>
                <numerusform>%n repetidas en el archivo</numerusform>
            </translation>
        </message>
        <message>
            <source>Not counted: %1 blank, %2 total and %3 footnote rows.</source>
            <translation>No se cuentan las filas en blanco (%1), las de totales (%2) ni las notas al pie (%3).</translation>
        </message>
        <message>
            <source>Not counted: %1 blank and %2 total rows.</source>
            <translation>No se cuentan las filas en blanco (%1) ni las de totales (%2).</translation>
        </message>
        <message>
            <source>Will create %1, update %2 and skip %3.</source>
            <translation>%1 por crear, %2 por actualizar y %3 por omitir.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not take this choice and kept theirs.</source>
            <translation>
                <numerusform>%n fila no admitía esta opción y conservó la suya.</numerusform>
                <numerusform>%n filas no admitían esta opción y conservaron la suya.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressDelegate</name>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
    </context>
    <context>
        <name>ProgressWatcher</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
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
        <name>ResponsiblePerson</name>
        <message>
            <source>No specific person</source>
            <translation>Ninguna persona específica</translation>
        </message>
        <message>
            <source>Someone else, from the directory…</source>
            <translation>Otra persona, del directorio…</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Choose the moment to go back to. The database as it is now is backed up first, so you can come back to it with Restore… again.</source>
            <translation>Elija el momento al que quiere volver. Antes se hace una copia de seguridad de la base de datos tal como está ahora, así que podrá volver a ella con Restaurar… otra vez.</translation>
        </message>
        <message>
            <source>Reading the backups…</source>
            <translation>Leyendo las copias de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Elegir un &amp;archivo…</translation>
        </message>
        <message>
            <source>Show the backups &amp;folder</source>
            <translation>Mostrar la &amp;carpeta de copias de seguridad</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s). Hover over a date to see its file.</source>
            <translation>
                <numerusform>%n copia de seguridad. Pase el puntero sobre una fecha para ver su archivo.</numerusform>
                <numerusform>%n copias de seguridad. Pase el puntero sobre una fecha para ver su archivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no backups of this database yet: AgencyDesk takes one at the first start of each day. To restore a copy from elsewhere, choose its file.</source>
            <translation>Aún no hay copias de seguridad de esta base de datos: AgencyDesk hace una la primera vez que se abre cada día. Para restaurar una copia de otro lugar, elija su archivo.</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Elegir un archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>%1 cannot be restored: %2</source>
            <translation>No se puede restaurar %1: %2</translation>
        </message>
        <message>
            <source>Go back to the backup of %1 (%2)?

What was entered after it will no longer be in the database; the database as it is now is backed up first, so nothing is lost.</source>
            <translation>¿Volver a la copia de seguridad de %1 (%2)?

Lo que se ingresó después ya no estará en la base de datos; antes se hace una copia de seguridad de la base de datos tal como está ahora, así que no se pierde nada.</translation>
        </message>
    </context>
    <context>
        <name>RestoreFlow</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>Se restauró la copia de seguridad de %1.</translation>
        </message>
        <message>
            <source>The database as it was just before is kept as a backup of %1: Restore… lists it.</source>
            <translation>La base de datos tal como estaba justo antes se guarda como copia de seguridad de %1: aparece en la lista de Restaurar….</translation>
        </message>
        <message>
            <source>The damaged database was moved to %1.</source>
            <translation>La base de datos dañada se movió a %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>&amp;Save the rejected rows…</source>
            <translation>&amp;Guardar las filas rechazadas…</translation>
        </message>
        <message>
            <source>A workbook with the rows that were not imported and an Error column: fix them and import that file again.</source>
            <translation>Un archivo de Excel con las filas que no se importaron y una columna “Error”: corríjalas e importe ese archivo de nuevo.</translation>
        </message>
        <message>
            <source>&amp;Open the list</source>
            <translation>&amp;Abrir la lista</translation>
        </message>
        <message>
            <source>The import is saved. You can undo it from File › Import history.</source>
            <translation>La importación quedó guardada. Puede deshacerla desde Archivo › Historial de importaciones.</translation>
        </message>
        <message>
            <source>Created: %1</source>
            <translation>Creados: %1</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>Actualizados: %1</translation>
        </message>
        <message>
            <source>Unchanged: %1</source>
            <translation>Sin cambios: %1</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Omitidos: %1</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Filas rechazadas: %1</translation>
        </message>
        <message>
            <source>Organizations added to the directory: %1</source>
            <translation>Organizaciones agregadas al directorio: %1</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Guardar las filas rechazadas</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Archivo de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Saving the rejected rows</source>
            <translation>Guardando las filas rechazadas</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved to %1</source>
            <translation>
                <numerusform>%n fila guardada en %1</numerusform>
                <numerusform>%n filas guardadas en %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Everything is saved at once when you press Import: if you cancel, nothing is saved. An import can be undone later from File › Import history.</source>
            <translation>Todo se guarda de una vez al pulsar Importar: si cancela, no se guarda nada. Una importación se puede deshacer más tarde desde Archivo › Historial de importaciones.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>File: %1, sheet “%2”.</source>
            <translation>Archivo: %1, hoja “%2”.</translation>
        </message>
        <message>
            <source>What it holds: %1.</source>
            <translation>Contenido: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s) will be created.</source>
            <translation>
                <numerusform>Se creará %n registro nuevo.</numerusform>
                <numerusform>Se crearán %n registros nuevos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n existing record(s) will be updated.</source>
            <translation>
                <numerusform>Se actualizará %n registro existente.</numerusform>
                <numerusform>Se actualizarán %n registros existentes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be skipped.</source>
            <translation>
                <numerusform>Se omitirá %n fila.</numerusform>
                <numerusform>Se omitirán %n filas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be imported (you can save them afterwards).</source>
            <translation>
                <numerusform>%n fila no se puede importar (podrá guardarla después).</numerusform>
                <numerusform>%n filas no se pueden importar (podrá guardarlas después).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) will be added to the directory: %1</source>
            <translation>
                <numerusform>Se agregará %n organización al directorio: %1</numerusform>
                <numerusform>Se agregarán %n organizaciones al directorio: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>A new action plan “%1” will be created.</source>
            <translation>Se creará el plan de acción nuevo “%1”.</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importando %1</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was saved.</source>
            <translation>Se canceló la importación: no se guardó nada.</translation>
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
            <source>Logo for documents:</source>
            <translation>Logotipo para los documentos:</translation>
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
            <source>&amp;Shared database:</source>
            <translation>Base de datos &amp;compartida:</translation>
        </message>
        <message>
            <source>The office's name and logo head every PDF document. Your name is recorded with every change you make. The country decides how dates and identity numbers are read in imported spreadsheets.</source>
            <translation>El nombre y el logotipo de la oficina encabezan cada documento PDF. Su nombre queda registrado en cada cambio que haga. El país decide cómo se leen las fechas y los números de identidad de las planillas importadas.</translation>
        </message>
        <message>
            <source>A shared database lives on the office's PostgreSQL server, for everyone at once; AgencyDesk opens it when you press OK. Leave it empty to work with a file on this computer. The password may stay out of the address, in PostgreSQL's password file (pgpass).</source>
            <translation>Una base de datos compartida está en el servidor PostgreSQL de la oficina, para todos a la vez; AgencyDesk la abre cuando usted presiona Aceptar. Deje el campo vacío para trabajar con un archivo en esta computadora. La contraseña puede quedar fuera de la dirección, en el archivo de contraseñas de PostgreSQL (pgpass).</translation>
        </message>
        <message>
            <source>Shared database</source>
            <translation>Base de datos compartida</translation>
        </message>
        <message>
            <source>Logo for documents</source>
            <translation>Logotipo para los documentos</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Choose the sheet</source>
            <translation>Elija la hoja</translation>
        </message>
        <message>
            <source>The sheet whose column names AgencyDesk recognises best is chosen. Hidden sheets are listed but not proposed.</source>
            <translation>Se elige la hoja cuyos nombres de columna AgencyDesk reconoce mejor. Las hojas ocultas aparecen en la lista, pero no se proponen.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Columns recognised</source>
            <translation>Columnas reconocidas</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(oculta)</translation>
        </message>
    </context>
    <context>
        <name>SignInDocument</name>
        <message>
            <source>Attendance sheet</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Please sign in the row with your name. If your name is not printed, write your name, institution and position in a blank row and sign.</source>
            <translation>Firme en la fila con su nombre. Si su nombre no está impreso, escriba su nombre, institución y cargo en una fila en blanco y firme.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Titular / alternate</source>
            <translation>Titular / suplente</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
    </context>
    <context>
        <name>StatusDelegate</name>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>StatusSteps</name>
        <message>
            <source>Move “%1” to “%2”</source>
            <translation>Pasar “%1” a “%2”</translation>
        </message>
        <message>
            <source>The previous step is dated %1: this one cannot be earlier.</source>
            <translation>El paso anterior tiene fecha %1: este no puede ser anterior.</translation>
        </message>
    </context>
    <context>
        <name>StepButtons</name>
        <message>
            <source>Mark as &amp;held</source>
            <translation>Marcar como reali&amp;zada</translation>
        </message>
        <message>
            <source>A&amp;pprove minutes…</source>
            <translation>Apro&amp;bar acta…</translation>
        </message>
        <message>
            <source>&amp;Reopen minutes…</source>
            <translation>&amp;Reabrir acta…</translation>
        </message>
        <message>
            <source>Cancel meeting…</source>
            <translation>Cancelar sesión…</translation>
        </message>
        <message>
            <source>Rein&amp;state</source>
            <translation>Restablece&amp;r</translation>
        </message>
        <message>
            <source>The session took place: record attendance, minutes and agreements</source>
            <translation>La sesión se realizó: registre la asistencia, el acta y los acuerdos</translation>
        </message>
        <message>
            <source>The minutes become read-only; reopening them is recorded</source>
            <translation>El acta pasa a ser de solo lectura; si se reabre, queda registrado</translation>
        </message>
        <message>
            <source>Make the minutes editable again; the reason is recorded</source>
            <translation>Permitir de nuevo la edición del acta; el motivo queda registrado</translation>
        </message>
        <message>
            <source>The session will not take place</source>
            <translation>La sesión no se realizará</translation>
        </message>
        <message>
            <source>Plan the cancelled session again</source>
            <translation>Volver a programar la sesión cancelada</translation>
        </message>
        <message>
            <source>Approve the minutes of “%1”? They become read-only: the meeting's data, agenda, attendance and the wording of its agreements. Reopening them later is recorded with who, when and why.</source>
            <translation>¿Aprobar el acta de “%1”? Pasará a ser de solo lectura: los datos de la sesión, el orden del día, la asistencia y la redacción de sus acuerdos. Si se reabre más adelante, quedará registrado quién, cuándo y por qué.</translation>
        </message>
        <message>
            <source>Approve minutes</source>
            <translation>Aprobar acta</translation>
        </message>
        <message>
            <source>Approve the minutes of “%1”</source>
            <translation>Aprobar el acta de “%1”</translation>
        </message>
        <message>
            <source>Reopen minutes</source>
            <translation>Reabrir acta</translation>
        </message>
        <message>
            <source>Why are the minutes of “%1” reopened? The reason is recorded with your name and the time.</source>
            <translation>¿Por qué se reabre el acta de “%1”? El motivo queda registrado con su nombre y la hora.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Reopen the minutes of “%1”</source>
            <translation>Reabrir el acta de “%1”</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>Cancelar sesión</translation>
        </message>
        <message>
            <source>Cancel “%1”? It becomes read-only; you can reinstate it later. Reason (optional):</source>
            <translation>¿Cancelar “%1”? Pasará a ser de solo lectura; puede restablecerla más adelante. Motivo (opcional):</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Cancelar la sesión</translation>
        </message>
        <message>
            <source>Cancel “%1”</source>
            <translation>Cancelar “%1”</translation>
        </message>
        <message>
            <source>Mark “%1” as held</source>
            <translation>Marcar “%1” como realizada</translation>
        </message>
        <message>
            <source>Reinstate “%1”</source>
            <translation>Restablecer “%1”</translation>
        </message>
        <message>
            <source>Cannot change the status</source>
            <translation>No se puede cambiar el estado</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Download template</source>
            <translation>Descargar plantilla</translation>
        </message>
        <message>
            <source>What will the partners fill in?</source>
            <translation>¿Qué completarán los aliados?</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Archivo de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The template was saved to %1. Send it to your partners: its first sheet explains, in Spanish, how to fill it in. When it comes back, import it with File › Import….</source>
            <translation>La plantilla se guardó en %1. Envíela a sus aliados: su primera hoja explica, en español, cómo completarla. Cuando se la devuelvan, impórtela con Archivo › Importar….</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <source>No actions with dates yet</source>
            <translation>Aún no hay acciones con fechas</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) without dates</source>
            <translation>
                <numerusform>%n acción sin fechas</numerusform>
                <numerusform>%n acciones sin fechas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>Hoy: %1</translation>
        </message>
        <message>
            <source>No axis</source>
            <translation>Sin eje</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n acción</numerusform>
                <numerusform>%n acciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress: %1</source>
            <translation>Avance: %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message>
            <source>Starts %1</source>
            <translation>Inicia el %1</translation>
        </message>
        <message>
            <source>Ends %1</source>
            <translation>Termina el %1</translation>
        </message>
        <message>
            <source>No dates</source>
            <translation>Sin fechas</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <source>Past its end date</source>
            <translation>Fecha de fin vencida</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
    </context>
    <context>
        <name>TimelineLegend</name>
        <message>
            <source>Filled part: progress</source>
            <translation>Parte rellena: avance</translation>
        </message>
        <message>
            <source>Past its end date</source>
            <translation>Pasó su fecha de fin</translation>
        </message>
        <message>
            <source>Single date</source>
            <translation>Fecha única</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
    </context>
    <context>
        <name>TotalsView</name>
        <message>
            <source>Cancelled actions are counted among the actions, but left out of the money totals and of the progress.</source>
            <translation>Las acciones canceladas se cuentan entre las acciones, pero quedan fuera de los totales de dinero y del avance.</translation>
        </message>
        <message>
            <source>Totals by axis</source>
            <translation>Totales por eje</translation>
        </message>
        <message>
            <source>Funding by source</source>
            <translation>Financiamiento por fuente</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eje</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>En especie</translation>
        </message>
        <message>
            <source>Not funded</source>
            <translation>Sin financiamiento</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sin eje</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>Todo el plan</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Todas las fuentes</translation>
        </message>
    </context>
    <context>
        <name>Urgency</name>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Por vencer</translation>
        </message>
        <message>
            <source>open and past its due date</source>
            <translation>abierto y con la fecha límite vencida</translation>
        </message>
    </context>
    <context>
        <name>UrgencyLegend</name>
        <message numerus="yes">
            <source>due within %n day(s)</source>
            <translation>
                <numerusform>vence en %n día o menos</numerusform>
                <numerusform>vence en %n días o menos</numerusform>
            </translation>
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
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
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
        <message numerus="yes">
            <source>%n agenda item(s) of a meeting</source>
            <translation>
                <numerusform>%n punto de agenda de una sesión</numerusform>
                <numerusform>%n puntos de agenda de una sesión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of a meeting's log</source>
            <translation>
                <numerusform>%n paso del historial de una sesión</numerusform>
                <numerusform>%n pasos del historial de una sesión</numerusform>
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
        <message>
            <source>Import a spreadsheet…</source>
            <translation>Importar una planilla…</translation>
        </message>
        <message>
            <source>Bring in the organizations, contacts or actions a partner sent you in Excel, LibreOffice or CSV.</source>
            <translation>Incorpore las organizaciones, contactos o acciones que un aliado le envió en Excel, LibreOffice o CSV.</translation>
        </message>
        <message>
            <source>Read the user guide</source>
            <translation>Leer la guía de uso</translation>
        </message>
        <message>
            <source>every task step by step, with pictures (F1)</source>
            <translation>cada tarea paso a paso, con imágenes (F1)</translation>
        </message>
    </context>
    <context>
        <name>WorkflowBox</name>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The date of the next step; “Mark resolved…” and “Drop…” ask it again</source>
            <translation>La fecha del próximo paso; “Marcar como resuelto…” y “Descartar…” la vuelven a pedir</translation>
        </message>
        <message>
            <source>Next step, on:</source>
            <translation>Próximo paso, el:</translation>
        </message>
        <message>
            <source>&amp;Agree solution</source>
            <translation>Aco&amp;rdar solución</translation>
        </message>
        <message>
            <source>S&amp;tart</source>
            <translation>Inicia&amp;r</translation>
        </message>
        <message>
            <source>Mark &amp;resolved…</source>
            <translation>Marcar como &amp;resuelto…</translation>
        </message>
        <message>
            <source>Dro&amp;p…</source>
            <translation>&amp;Descartar…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>&amp;Reabrir…</translation>
        </message>
        <message>
            <source>The competent entity and the mesa agreed how</source>
            <translation>La entidad competente y la mesa acordaron cómo</translation>
        </message>
        <message>
            <source>Work on the solution has begun</source>
            <translation>Se comenzó a trabajar en la solución</translation>
        </message>
        <message>
            <source>A new bottleneck starts as “Identified” on the date you give it.</source>
            <translation>Un cuello de botella nuevo comienza como “Identificado” en la fecha que usted indique.</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidencia: %1</translation>
        </message>
        <message numerus="yes">
            <source>Open for %n day(s)</source>
            <translation>
                <numerusform>Abierto desde hace %n día</numerusform>
                <numerusform>Abierto desde hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Was open %n day(s)</source>
            <translation>
                <numerusform>Estuvo abierto %n día</numerusform>
                <numerusform>Estuvo abierto %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) of the plan remove it</source>
            <translation>
                <numerusform>%n acción del plan lo elimina</numerusform>
                <numerusform>%n acciones del plan lo eliminan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) refer to it</source>
            <translation>
                <numerusform>%n acuerdo se refiere a él</numerusform>
                <numerusform>%n acuerdos se refieren a él</numerusform>
            </translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>_Words</name>
        <message numerus="yes">
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>%n fila guardada en %1.</numerusform>
                <numerusform>%n filas guardadas en %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</source>
            <translation>
                <numerusform>%n texto largo se cortó a %1 caracteres, el límite de Excel; la exportación .csv lo guarda completo.</numerusform>
                <numerusform>%n textos largos se cortaron a %1 caracteres, el límite de Excel; la exportación .csv los guarda completos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>the other office</source>
            <translation>la otra oficina</translation>
        </message>
    </context>
</TS>
