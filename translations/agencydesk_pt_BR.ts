<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>ActionColumns</name>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
    </context>
    <context>
        <name>ActionForm</name>
        <message>
            <source>Required</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>e.g. A2.3</source>
            <translation>ex.: A2.3</translation>
        </message>
        <message>
            <source>Choose an axis or type a new one</source>
            <translation>Escolha um eixo ou digite um novo</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>Códi&amp;go:</translation>
        </message>
        <message>
            <source>A&amp;xis:</source>
            <translation>&amp;Eixo:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Ação:</translation>
        </message>
        <message>
            <source>Descr&amp;iption:</source>
            <translation>Descr&amp;ição:</translation>
        </message>
        <message>
            <source>&amp;Responsible:</source>
            <translation>&amp;Responsável:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>Iní&amp;cio:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Fim:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Orçamento:</translation>
        </message>
        <message>
            <source>&amp;Funding:</source>
            <translation>Financia&amp;mento:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Progress:</source>
            <translation>&amp;Progresso:</translation>
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
            <translation>&amp;Unidade:</translation>
        </message>
        <message>
            <source>B&amp;ottleneck it removes:</source>
            <translation>Garga&amp;lo que elimina:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar ação</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>Em %1</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>A done action usually has 100% progress.</source>
            <translation>Uma ação concluída normalmente tem 100% de progresso.</translation>
        </message>
        <message>
            <source>The funding lines add up to more than the budget.</source>
            <translation>As linhas de financiamento somam mais que o orçamento.</translation>
        </message>
        <message>
            <source>Add action “%1”</source>
            <translation>Adicionar ação “%1”</translation>
        </message>
        <message>
            <source>Edit action “%1”</source>
            <translation>Editar ação “%1”</translation>
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
            <translation>Território:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Período:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Situação:</translation>
        </message>
        <message>
            <source>Approved on:</source>
            <translation>Aprovado em:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versão:</translation>
        </message>
        <message>
            <source>Actions:</source>
            <translation>Ações:</translation>
        </message>
        <message>
            <source>Budget (%1):</source>
            <translation>Orçamento (%1):</translation>
        </message>
        <message>
            <source>Progress:</source>
            <translation>Progresso:</translation>
        </message>
        <message>
            <source>ACTION PLAN</source>
            <translation>PLANO DE AÇÃO</translation>
        </message>
        <message>
            <source>in kind</source>
            <translation>em espécie</translation>
        </message>
        <message>
            <source>(late)</source>
            <translation>(atrasada)</translation>
        </message>
        <message>
            <source>Cash:</source>
            <translation>Em dinheiro:</translation>
        </message>
        <message>
            <source>In kind:</source>
            <translation>Em espécie:</translation>
        </message>
        <message numerus="yes">
            <source>Subtotal (%n action(s))</source>
            <translation>
                <numerusform>Subtotal (%n ação)</numerusform>
                <numerusform>Subtotal (%n ações)</numerusform>
            </translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>This plan has no actions yet.</source>
            <translation>Este plano ainda não tem ações.</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Instituição responsável</translation>
        </message>
        <message>
            <source>Start – end</source>
            <translation>Início – fim</translation>
        </message>
        <message>
            <source>Budget (%1)</source>
            <translation>Orçamento (%1)</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>This plan has no indicators yet.</source>
            <translation>Este plano ainda não tem indicadores.</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Linha de base</translation>
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
            <translation>% atingido</translation>
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
            <translation>Aprovado por</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Assinatura</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Cargo:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Assinaturas</translation>
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
            <translation>Ação</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Término</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
        <message>
            <source>Delayed: not done by its end date, or marked as delayed</source>
            <translation>Atrasada: não concluída até a data de término, ou marcada como atrasada</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eixo</translation>
        </message>
    </context>
    <context>
        <name>ActionsChart</name>
        <message>
            <source>Actions by status</source>
            <translation>Ações por status</translation>
        </message>
        <message>
            <source>No actions yet: create an action plan to see its progress here.</source>
            <translation>Ainda não há ações: crie um plano de ação para ver seu progresso aqui.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n action(s) (%2 of all). Click to list them.</source>
            <translation>
                <numerusform>%1: %n ação (%2 do total). Clique para listá-la.</numerusform>
                <numerusform>%1: %n ações (%2 do total). Clique para listá-las.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='#delayed'&gt;%n more action(s)&lt;/a&gt; past their end date but not marked delayed.</source>
            <translation>
                <numerusform>&lt;a href='#delayed'&gt;Mais %n ação&lt;/a&gt; já passou da data de término, mas não está marcada como atrasada.</numerusform>
                <numerusform>&lt;a href='#delayed'&gt;Mais %n ações&lt;/a&gt; já passaram da data de término, mas não estão marcadas como atrasadas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>&amp;New action</source>
            <translation>&amp;Nova ação</translation>
        </message>
        <message>
            <source>Edit a&amp;ction…</source>
            <translation>&amp;Editar ação…</translation>
        </message>
        <message>
            <source>De&amp;lete action…</source>
            <translation>Exc&amp;luir ação…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Expo&amp;rtar…</translation>
        </message>
        <message>
            <source>Save the plan's actions to Excel or CSV</source>
            <translation>Salvar as ações do plano em Excel ou CSV</translation>
        </message>
        <message>
            <source>Click the status, progress or a date of a selected action to change it here; double-click an action to open its form.</source>
            <translation>Clique no status, no progresso ou em uma data de uma ação selecionada para alterá-lo aqui; clique duas vezes em uma ação para abrir o formulário dela.</translation>
        </message>
        <message>
            <source>This plan has no actions yet. Add the first one with “New action”.</source>
            <translation>Este plano ainda não tem ações. Adicione a primeira com “Nova ação”.</translation>
        </message>
        <message>
            <source>Actions by axis</source>
            <translation>Ações por eixo</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
    </context>
    <context>
        <name>ActorTypeChart</name>
        <message>
            <source>Participation by actor type</source>
            <translation>Participação por tipo de ator</translation>
        </message>
        <message>
            <source>No one takes part in an initiative yet: add participants to an initiative to see who sits at the table.</source>
            <translation>Ainda ninguém participa de uma iniciativa: adicione participantes a uma iniciativa para ver quem está à mesa.</translation>
        </message>
        <message>
            <source>Active participations in initiatives, by type of organization.</source>
            <translation>Participações ativas em iniciativas, por tipo de organização.</translation>
        </message>
        <message>
            <source>Participations</source>
            <translation>Participações</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n active participation(s)</source>
            <translation>
                <numerusform>%1: %n participação ativa</numerusform>
                <numerusform>%1: %n participações ativas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>held by %n organization(s).</source>
            <translation>
                <numerusform>de %n organização.</numerusform>
                <numerusform>de %n organizações.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to list the organizations of this type.</source>
            <translation>Clique para listar as organizações deste tipo.</translation>
        </message>
    </context>
    <context>
        <name>ActorsArea</name>
        <message>
            <source>&amp;Organizations</source>
            <translation>&amp;Organizações</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Pessoas</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>Não é possível ler o banco de dados</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Não é possível desfazer ou refazer</translation>
        </message>
    </context>
    <context>
        <name>AddParticipantsDialog</name>
        <message>
            <source>Add participants</source>
            <translation>Adicionar participantes</translation>
        </message>
        <message>
            <source>Name, acronym, tax ID or sector</source>
            <translation>Nome, sigla, CNPJ ou setor</translation>
        </message>
        <message>
            <source>&amp;Search the directory:</source>
            <translation>&amp;Buscar no diretório:</translation>
        </message>
        <message>
            <source>All actor types</source>
            <translation>Todos os tipos de ator</translation>
        </message>
        <message>
            <source>Actor type filter</source>
            <translation>Filtro de tipo de ator</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Person (optional)</source>
            <translation>Pessoa (opcional)</translation>
        </message>
        <message>
            <source>&amp;Remove from the selection</source>
            <translation>&amp;Remover da seleção</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>Pape&amp;l:</translation>
        </message>
        <message>
            <source>Re&amp;presentation:</source>
            <translation>Re&amp;presentação:</translation>
        </message>
        <message>
            <source>Sin&amp;ce:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 organizations: type to narrow the list.</source>
            <translation>Exibindo as primeiras %1 de %2 organizações: digite para restringir a lista.</translation>
        </message>
        <message>
            <source>No organization matches the search.</source>
            <translation>Nenhuma organização corresponde à busca.</translation>
        </message>
        <message>
            <source>Tick the organizations to add: click the box, or press Space or Enter.</source>
            <translation>Marque as organizações a adicionar: clique na caixa ou pressione Espaço ou Enter.</translation>
        </message>
        <message>
            <source>No specific person</source>
            <translation>Nenhuma pessoa específica</translation>
        </message>
        <message>
            <source>Person for %1</source>
            <translation>Pessoa para %1</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Selected: %n organization(s)</source>
            <translation>
                <numerusform>&amp;Seleção: %n organização</numerusform>
                <numerusform>&amp;Seleção: %n organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n participant(s)</source>
            <translation>
                <numerusform>&amp;Adicionar %n participante</numerusform>
                <numerusform>&amp;Adicionar %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Adicionar</translation>
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
            <translation>Território</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
    </context>
    <context>
        <name>AgendaForm</name>
        <message>
            <source>Required, e.g. Agenda de Desarrollo Económico del Soconusco 2025–2030</source>
            <translation>Obrigatório, ex.: Agenda de Desenvolvimento Econômico do Soconusco 2025–2030</translation>
        </message>
        <message>
            <source>Where the territory wants to be at the end of the period</source>
            <translation>Onde o território quer estar ao final do período</translation>
        </message>
        <message>
            <source>The institution that convenes the agenda</source>
            <translation>A instituição que convoca a agenda</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Te&amp;rritory:</source>
            <translation>Te&amp;rritório:</translation>
        </message>
        <message>
            <source>Period fr&amp;om:</source>
            <translation>Período &amp;de:</translation>
        </message>
        <message>
            <source>Period unti&amp;l:</source>
            <translation>Período &amp;até:</translation>
        </message>
        <message>
            <source>&amp;Vision:</source>
            <translation>&amp;Visão:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Status:</translation>
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
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>New agenda</source>
            <translation>Nova agenda</translation>
        </message>
        <message>
            <source>Edit agenda</source>
            <translation>Editar agenda</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>Create agenda “%1”</source>
            <translation>Criar agenda “%1”</translation>
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
            <translation>Palavras do título</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de status</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Todos os territórios</translation>
        </message>
        <message>
            <source>Territory filter (includes the places within it)</source>
            <translation>Filtro de território (inclui os lugares dentro dele)</translation>
        </message>
        <message>
            <source>&amp;New agenda</source>
            <translation>&amp;Nova agenda</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Ex&amp;portar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar as linhas da lista, com a busca e os filtros aplicados, em Excel ou CSV</translation>
        </message>
        <message>
            <source>Double-click an agenda, or press Enter, to open its page.</source>
            <translation>Clique duas vezes em uma agenda, ou pressione Enter, para abrir a página dela.</translation>
        </message>
        <message>
            <source>Agendas</source>
            <translation>Agendas</translation>
        </message>
        <message numerus="yes">
            <source>%n agenda(s) found</source>
            <translation>
                <numerusform>%n agenda encontrada</numerusform>
                <numerusform>%n agendas encontradas</numerusform>
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
            <translation>Nenhuma agenda corresponde à busca ou aos filtros.</translation>
        </message>
        <message>
            <source>There are no agendas yet. Create the territory's strategic agenda with “New agenda”: its vision, goals and priority sectors.</source>
            <translation>Ainda não há agendas. Crie a agenda estratégica do território com “Nova agenda”: sua visão, objetivos e setores prioritários.</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Of the initiative</source>
            <translation>Da iniciativa</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>&amp;All agendas</source>
            <translation>&amp;Todas as agendas</translation>
        </message>
        <message>
            <source>Back to the list of agendas</source>
            <translation>Voltar à lista de agendas</translation>
        </message>
        <message>
            <source>Edi&amp;t agenda…</source>
            <translation>Editar &amp;agenda…</translation>
        </message>
        <message>
            <source>&amp;Delete agenda…</source>
            <translation>E&amp;xcluir agenda…</translation>
        </message>
        <message>
            <source>Progress of its plans:</source>
            <translation>Progresso dos seus planos:</translation>
        </message>
        <message>
            <source>Progress of the agenda's plans</source>
            <translation>Progresso dos planos da agenda</translation>
        </message>
        <message>
            <source>&amp;Strategic goals (what)</source>
            <translation>Objetivos &amp;estratégicos (o quê)</translation>
        </message>
        <message>
            <source>New strategic goal</source>
            <translation>Novo objetivo estratégico</translation>
        </message>
        <message>
            <source>New strategic goal, then Enter</source>
            <translation>Novo objetivo estratégico e depois Enter</translation>
        </message>
        <message>
            <source>No strategic goal yet: what the territory wants to achieve.</source>
            <translation>Ainda não há objetivos estratégicos: o que o território quer alcançar.</translation>
        </message>
        <message>
            <source>&amp;Management goals (how)</source>
            <translation>Objetivos de &amp;gestão (como)</translation>
        </message>
        <message>
            <source>New management goal, then Enter</source>
            <translation>Novo objetivo de gestão e depois Enter</translation>
        </message>
        <message>
            <source>No management goal yet: how the actors will work together.</source>
            <translation>Ainda não há objetivos de gestão: como os atores vão trabalhar juntos.</translation>
        </message>
        <message>
            <source>&amp;Priority sectors and value chains</source>
            <translation>Setores &amp;prioritários e cadeias de valor</translation>
        </message>
        <message>
            <source>New sector or value chain, then Enter</source>
            <translation>Novo setor ou cadeia de valor e depois Enter</translation>
        </message>
        <message>
            <source>No priority sector yet.</source>
            <translation>Ainda não há setores prioritários.</translation>
        </message>
        <message>
            <source>New management goal</source>
            <translation>Novo objetivo de gestão</translation>
        </message>
        <message>
            <source>New sector or value chain</source>
            <translation>Novo setor ou cadeia de valor</translation>
        </message>
        <message>
            <source>No initiative or mesa belongs to this agenda yet.</source>
            <translation>Ainda não há iniciativas nem mesas nesta agenda.</translation>
        </message>
        <message>
            <source>No action plan yet, neither the agenda's own nor of its initiatives.</source>
            <translation>Ainda não há planos de ação, nem da própria agenda nem de suas iniciativas.</translation>
        </message>
        <message>
            <source>Double-click an initiative or a plan to open it.</source>
            <translation>Clique duas vezes em uma iniciativa ou plano para abri-lo.</translation>
        </message>
        <message>
            <source>&amp;Indicators</source>
            <translation>&amp;Indicadores</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Meetings (%n)</source>
            <translation>
                <numerusform>&amp;Sessões (%n)</numerusform>
                <numerusform>&amp;Sessões (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>convened by %1</source>
            <translation>convocada por %1</translation>
        </message>
        <message>
            <source>nothing to measure yet (no actions in its plans)</source>
            <translation>ainda não há nada para medir (seus planos não têm ações)</translation>
        </message>
        <message>
            <source>Vision:</source>
            <translation>Visão:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Observações:</translation>
        </message>
        <message>
            <source>No vision written yet: use “Edit agenda…”.</source>
            <translation>Nenhuma visão escrita ainda: use “Editar agenda…”.</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Goals and priorities (%n)</source>
            <translation>
                <numerusform>&amp;Objetivos e prioridades (%n)</numerusform>
                <numerusform>&amp;Objetivos e prioridades (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>I&amp;nitiatives and plans (%n)</source>
            <translation>
                <numerusform>Ini&amp;ciativas e planos (%n)</numerusform>
                <numerusform>Ini&amp;ciativas e planos (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Initiatives and mesas (%n)</source>
            <translation>
                <numerusform>Iniciativas e mesas (%n)</numerusform>
                <numerusform>Iniciativas e mesas (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Action plans (%n)</source>
            <translation>
                <numerusform>Planos de ação (%n)</numerusform>
                <numerusform>Planos de ação (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendasArea</name>
        <message>
            <source>Cannot change the list</source>
            <translation>Não é possível alterar a lista</translation>
        </message>
        <message>
            <source>Add goal “%1”</source>
            <translation>Adicionar objetivo “%1”</translation>
        </message>
        <message>
            <source>Edit goal “%1”</source>
            <translation>Editar objetivo “%1”</translation>
        </message>
        <message>
            <source>Delete goal “%1”</source>
            <translation>Excluir objetivo “%1”</translation>
        </message>
        <message>
            <source>Move goal “%1” up</source>
            <translation>Mover objetivo “%1” para cima</translation>
        </message>
        <message>
            <source>Move goal “%1” down</source>
            <translation>Mover objetivo “%1” para baixo</translation>
        </message>
        <message>
            <source>Add priority sector “%1”</source>
            <translation>Adicionar setor prioritário “%1”</translation>
        </message>
        <message>
            <source>Rename priority sector “%1”</source>
            <translation>Renomear setor prioritário “%1”</translation>
        </message>
        <message>
            <source>Delete priority sector “%1”</source>
            <translation>Excluir setor prioritário “%1”</translation>
        </message>
        <message>
            <source>Move priority sector “%1” up</source>
            <translation>Mover setor prioritário “%1” para cima</translation>
        </message>
        <message>
            <source>Move priority sector “%1” down</source>
            <translation>Mover setor prioritário “%1” para baixo</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>Não é possível ler o banco de dados</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Delete agenda</source>
            <translation>Excluir agenda</translation>
        </message>
        <message>
            <source>Delete “%1” with its goals and priority sectors? You can undo this with %2.</source>
            <translation>Excluir “%1” com seus objetivos e setores prioritários? Você pode desfazer isso com %2.</translation>
        </message>
        <message>
            <source>Delete agenda “%1”</source>
            <translation>Excluir agenda “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Não é possível desfazer nem refazer</translation>
        </message>
    </context>
    <context>
        <name>AgreementColumns</name>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa ou agenda</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>cumprido em %1</translation>
        </message>
        <message>
            <source>cancelled on %1</source>
            <translation>cancelado em %1</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Sessão %1</translation>
        </message>
        <message>
            <source>Follow-up: %1</source>
            <translation>Acompanhamento: %1</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Instituição responsável</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Agreement %1</source>
            <translation>Acordo %1</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Novo acordo</translation>
        </message>
    </context>
    <context>
        <name>AgreementFilters</name>
        <message>
            <source>Text, follow-up or responsible institution</source>
            <translation>Texto, acompanhamento ou instituição responsável</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All initiatives and agendas</source>
            <translation>Todas as iniciativas e agendas</translation>
        </message>
        <message>
            <source>All responsible institutions</source>
            <translation>Todas as instituições responsáveis</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <source>Initiative or agenda filter</source>
            <translation>Filtro de iniciativa ou agenda</translation>
        </message>
        <message>
            <source>Responsible institution filter</source>
            <translation>Filtro de instituição responsável</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de status</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Somente &amp;vencidos</translation>
        </message>
        <message>
            <source>Open agreements past their due date</source>
            <translation>Acordos em aberto com o prazo já vencido</translation>
        </message>
        <message>
            <source>Due on or before this date</source>
            <translation>Com prazo nesta data ou antes</translation>
        </message>
        <message>
            <source>Due &amp;by:</source>
            <translation>&amp;Prazo até:</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpar filtros</translation>
        </message>
        <message>
            <source>Show every open agreement again</source>
            <translation>Mostrar novamente todos os acordos em aberto</translation>
        </message>
    </context>
    <context>
        <name>AgreementForm</name>
        <message>
            <source>The minutes of this session are approved: what they say cannot change. Its follow-up (status, date, notes) can.</source>
            <translation>A ata desta sessão está aprovada: o que ela diz não pode mudar. O acompanhamento do acordo (status, data, notas) pode.</translation>
        </message>
        <message>
            <source>Required: who commits to do what</source>
            <translation>Obrigatório: quem se compromete a fazer o quê</translation>
        </message>
        <message>
            <source>The institution that committed to it</source>
            <translation>A instituição que assumiu o compromisso</translation>
        </message>
        <message>
            <source>How it is going: reported progress, delays</source>
            <translation>Como está indo: andamento informado, atrasos</translation>
        </message>
        <message>
            <source>N&amp;umber:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Acordo:</translation>
        </message>
        <message>
            <source>Responsible &amp;institution:</source>
            <translation>&amp;Instituição responsável:</translation>
        </message>
        <message>
            <source>Responsible &amp;person:</source>
            <translation>&amp;Pessoa responsável:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>Pra&amp;zo:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>D&amp;one on:</source>
            <translation>C&amp;umprido em:</translation>
        </message>
        <message>
            <source>&amp;Cancelled on:</source>
            <translation>&amp;Cancelado em:</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>Ac&amp;ompanhamento:</translation>
        </message>
        <message>
            <source>Action it ad&amp;vances:</source>
            <translation>Ação que i&amp;mpulsiona:</translation>
        </message>
        <message>
            <source>&amp;Bottleneck it addresses:</source>
            <translation>&amp;Gargalo que aborda:</translation>
        </message>
        <message>
            <source>New agreement of %1</source>
            <translation>Novo acordo de %1</translation>
        </message>
        <message>
            <source>Agreement %1 of %2</source>
            <translation>Acordo %1 de %2</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>Choose an institution from the list, or leave the field empty.</source>
            <translation>Escolha uma instituição da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>Choose a person from the list, or pick “No specific person”.</source>
            <translation>Escolha uma pessoa da lista ou selecione “Nenhuma pessoa específica”.</translation>
        </message>
        <message>
            <source>Record agreement %1</source>
            <translation>Registrar o acordo %1</translation>
        </message>
        <message>
            <source>Edit agreement %1</source>
            <translation>Editar o acordo %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementStatusLabels</name>
        <message>
            <source>Open</source>
            <translation>Em aberto</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Cumprido</translation>
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
            <translation>Não é possível marcar os acordos como cumpridos</translation>
        </message>
        <message>
            <source>Mark agreement %1 done</source>
            <translation>Marcar o acordo %1 como cumprido</translation>
        </message>
    </context>
    <context>
        <name>AgreementsArea</name>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;cumprido</translation>
        </message>
        <message>
            <source>Mark the selected open agreements done today</source>
            <translation>Marcar hoje como cumpridos os acordos em aberto selecionados</translation>
        </message>
        <message>
            <source>Follow-&amp;up…</source>
            <translation>&amp;Acompanhamento…</translation>
        </message>
        <message>
            <source>Update the status and follow-up of the agreement</source>
            <translation>Atualizar o status e o acompanhamento do acordo</translation>
        </message>
        <message>
            <source>Go to &amp;meeting</source>
            <translation>Ir para a &amp;sessão</translation>
        </message>
        <message>
            <source>Open the meeting where it was agreed</source>
            <translation>Abrir a sessão em que foi acordado</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save the agreements of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar os acordos da lista, com a busca e os filtros aplicados, em Excel ou CSV</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acordo</numerusform>
                <numerusform>%n acordos</numerusform>
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
                <numerusform>%n a vencer</numerusform>
                <numerusform>%n a vencer</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1” is not a date: type the due date as dd/mm/yyyy.</source>
            <translation>“%1” não é uma data: digite o prazo como dd/mm/aaaa.</translation>
        </message>
        <message>
            <source>No agreement matches these filters.</source>
            <translation>Nenhum acordo corresponde a estes filtros.</translation>
        </message>
        <message>
            <source>No open agreements. Agreements are recorded in the minutes of a meeting.</source>
            <translation>Não há acordos em aberto. Os acordos são registrados na ata de uma sessão.</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como cumprido</translation>
        </message>
        <message numerus="yes">
            <source>Mark %n agreement(s) done on %1?</source>
            <translation>
                <numerusform>Marcar %n acordo como cumprido em %1?</numerusform>
                <numerusform>Marcar %n acordos como cumpridos em %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) marked done.</source>
            <translation>
                <numerusform>%n acordo marcado como cumprido.</numerusform>
                <numerusform>%n acordos marcados como cumpridos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already closed, left as it was.</source>
            <translation>
                <numerusform>%n já estava encerrado; ficou como estava.</numerusform>
                <numerusform>%n já estavam encerrados; ficaram como estavam.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 undoes it.</source>
            <translation>É possível desfazer com %1.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Novo acordo</translation>
        </message>
        <message>
            <source>Agreements are recorded in the minutes of their meeting: open the meeting (Go to meeting) and add it on its Agreements tab.</source>
            <translation>Os acordos são registrados na ata da sessão: abra a sessão (Ir para a sessão) e adicione-o na aba Acordos.</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Excluir acordo</translation>
        </message>
        <message>
            <source>Delete agreement “%1”</source>
            <translation>Excluir acordo “%1”</translation>
        </message>
    </context>
    <context>
        <name>AgreementsFollowUpDocument</name>
        <message>
            <source>Agreements follow-up</source>
            <translation>Acompanhamento de acordos</translation>
        </message>
        <message>
            <source>Every initiative and agenda</source>
            <translation>Todas as iniciativas e agendas</translation>
        </message>
        <message>
            <source>Open agreements as of %1</source>
            <translation>Acordos em aberto em %1</translation>
        </message>
        <message>
            <source>There are no open agreements.</source>
            <translation>Não há acordos em aberto.</translation>
        </message>
        <message>
            <source>No responsible institution</source>
            <translation>Sem instituição responsável</translation>
        </message>
        <message>
            <source>Session %1, %2</source>
            <translation>Sessão %1, %2</translation>
        </message>
        <message>
            <source>Next session:</source>
            <translation>Próxima sessão:</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Instituição responsável</translation>
        </message>
        <message>
            <source>Open agreements</source>
            <translation>Acordos em aberto</translation>
        </message>
        <message>
            <source>Overdue agreements</source>
            <translation>Acordos vencidos</translation>
        </message>
        <message>
            <source>Most days overdue</source>
            <translation>Máximo de dias de atraso</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <source>%n open agreement(s)</source>
            <translation>
                <numerusform>%n acordo em aberto</numerusform>
                <numerusform>%n acordos em aberto</numerusform>
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
                <numerusform>%n instituição</numerusform>
                <numerusform>%n instituições</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa ou agenda</translation>
        </message>
        <message>
            <source>Agreement text</source>
            <translation>Texto do acordo</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Pessoa responsável</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dias de atraso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Acompanhamento:</translation>
        </message>
        <message>
            <source>Agreement %1</source>
            <translation>Acordo %1</translation>
        </message>
        <message>
            <source>Session %1, agreement %2</source>
            <translation>Sessão %1, acordo %2</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>A vencer</translation>
        </message>
    </context>
    <context>
        <name>AgreementsTab</name>
        <message>
            <source>Agreements of this session</source>
            <translation>Acordos desta sessão</translation>
        </message>
        <message>
            <source>Ne&amp;w agreement…</source>
            <translation>No&amp;vo acordo…</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Modi&amp;ficar…</translation>
        </message>
        <message>
            <source>Mar&amp;k done</source>
            <translation>Ma&amp;rcar cumprido</translation>
        </message>
        <message>
            <source>Mark the selected open agreements done today</source>
            <translation>Marcar hoje como cumpridos os acordos em aberto selecionados</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Exclu&amp;ir…</translation>
        </message>
        <message>
            <source>Pending agreements from earlier sessions</source>
            <translation>Acordos pendentes de sessões anteriores</translation>
        </message>
        <message>
            <source>Update &amp;follow-up…</source>
            <translation>Atualizar &amp;acompanhamento…</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Marcar como cu&amp;mprido</translation>
        </message>
        <message>
            <source>Cannot open the agreement</source>
            <translation>Não é possível abrir o acordo</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Excluir acordo</translation>
        </message>
        <message>
            <source>Delete agreement “%1”</source>
            <translation>Excluir o acordo “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) marked done before this session meets: no longer pending here (%1 undoes it).</source>
            <translation>
                <numerusform>%n acordo marcado como cumprido antes da realização desta sessão: não aparece mais como pendente aqui (%1 desfaz).</numerusform>
                <numerusform>%n acordos marcados como cumpridos antes da realização desta sessão: não aparecem mais como pendentes aqui (%1 desfaz).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acordo</numerusform>
                <numerusform>%n acordos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still open</source>
            <translation>
                <numerusform>%n ainda em aberto</numerusform>
                <numerusform>%n ainda em aberto</numerusform>
            </translation>
        </message>
        <message>
            <source>No agreements were recorded at this session.</source>
            <translation>Nenhum acordo foi registrado nesta sessão.</translation>
        </message>
        <message>
            <source>No agreements recorded yet. Record each one with “New agreement”: who commits to what, by when.</source>
            <translation>Ainda não há acordos registrados. Registre cada um com “Novo acordo”: quem se compromete com o quê e até quando.</translation>
        </message>
        <message>
            <source>No agreements of earlier sessions were pending when this one met.</source>
            <translation>Nenhum acordo de sessões anteriores estava pendente quando esta sessão foi realizada.</translation>
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
            <translation>Acompa&amp;nhamento…</translation>
        </message>
        <message>
            <source>The minutes are approved: no agreements can be added to them.</source>
            <translation>A ata está aprovada: não é possível adicionar acordos a ela.</translation>
        </message>
        <message>
            <source>Record an agreement taken at this session</source>
            <translation>Registrar um acordo firmado nesta sessão</translation>
        </message>
    </context>
    <context>
        <name>AllActionsPage</name>
        <message>
            <source>Code, action, axis, responsible or indicator</source>
            <translation>Código, ação, eixo, responsável ou indicador</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de status</translation>
        </message>
        <message>
            <source>Plan filter</source>
            <translation>Filtro de plano</translation>
        </message>
        <message>
            <source>All plans</source>
            <translation>Todos os planos</translation>
        </message>
        <message>
            <source>Only &amp;delayed</source>
            <translation>Somente &amp;atrasadas</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Ex&amp;portar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar as linhas da lista, com a busca e os filtros aplicados, em Excel ou CSV</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) found</source>
            <translation>
                <numerusform>%n ação encontrada</numerusform>
                <numerusform>%n ações encontradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
        <message>
            <source>No action matches the search or the filters.</source>
            <translation>Nenhuma ação corresponde à busca ou aos filtros.</translation>
        </message>
        <message>
            <source>There are no actions yet. Add them in a plan.</source>
            <translation>Ainda não há ações. Adicione-as em um plano.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>AgencyDesk opened your default database instead: %1</source>
            <translation>Em vez disso, o AgencyDesk abriu seu banco de dados padrão: %1</translation>
        </message>
    </context>
    <context>
        <name>ApprovalNote</name>
        <message numerus="yes">
            <source>Changed after the minutes were approved on %1: %n change(s).</source>
            <translation>
                <numerusform>Alterada depois que a ata foi aprovada em %1: %n alteração.</numerusform>
                <numerusform>Alterada depois que a ata foi aprovada em %1: %n alterações.</numerusform>
            </translation>
        </message>
        <message>
            <source>See the history</source>
            <translation>Ver o histórico</translation>
        </message>
    </context>
    <context>
        <name>AttendanceColumns</name>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de ator</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Role in the initiative</source>
            <translation>Papel na iniciativa</translation>
        </message>
        <message>
            <source>Titular / alternate</source>
            <translation>Titular / suplente</translation>
        </message>
        <message>
            <source>Presence</source>
            <translation>Presença</translation>
        </message>
    </context>
    <context>
        <name>AttendanceHint</name>
        <message>
            <source>The minutes are approved: the attendance is read-only.</source>
            <translation>A ata está aprovada: a presença é somente leitura.</translation>
        </message>
        <message>
            <source>The meeting was cancelled: the invitations are read-only.</source>
            <translation>A sessão foi cancelada: os convites são somente leitura.</translation>
        </message>
        <message>
            <source>Mark the meeting as held to record attendance. Meanwhile, prepare the invitations; T switches the selected rows between titular and alternate.</source>
            <translation>Marque a sessão como realizada para registrar a presença. Enquanto isso, prepare os convites; T alterna as linhas selecionadas entre titular e suplente.</translation>
        </message>
        <message>
            <source>Keys on the list: 1 or A attended · 2 or E excused · 3 or X absent · Space: the next one · T: titular / alternate. Shift or Ctrl + click selects several rows.</source>
            <translation>Teclas na lista: 1 ou P presente · 2 ou J justificou · 3 ou X ausente · Espaço: o próximo estado · T: titular / suplente. Shift ou Ctrl + clique seleciona várias linhas.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>The organization is invited, without a named person</source>
            <translation>A organização está convidada, sem uma pessoa designada</translation>
        </message>
        <message>
            <source>%1 — press T to switch between titular and alternate</source>
            <translation>%1 — pressione T para alternar entre titular e suplente</translation>
        </message>
        <message>
            <source>Mark the meeting as held to record attendance</source>
            <translation>Marque a sessão como realizada para registrar a presença</translation>
        </message>
        <message>
            <source>%1 — 1 or A: attended · 2 or E: excused · 3 or X: absent · Space or a click: the next one</source>
            <translation>%1 — 1 ou P: presente · 2 ou J: justificou · 3 ou X: ausente · Espaço ou um clique: o próximo estado</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummary</name>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n convidado</numerusform>
                <numerusform>%n convidados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attended %1 of %n invited</source>
            <translation>
                <numerusform>Presentes: %1 de %n convidado</numerusform>
                <numerusform>Presentes: %1 de %n convidados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n justificou</numerusform>
                <numerusform>%n justificaram</numerusform>
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
            <translation>Não registrado</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>ninguém ainda</translation>
        </message>
        <message>
            <source>Attended, by actor type: %1</source>
            <translation>Presentes, por tipo de ator: %1</translation>
        </message>
        <message>
            <source>By gender: %1</source>
            <translation>Por gênero: %1</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>&amp;Remove invitation</source>
            <translation>&amp;Remover convite</translation>
        </message>
        <message>
            <source>Remove the selected rows from the invitees</source>
            <translation>Remover as linhas selecionadas dos convidados</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificou</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Mark the selected rows as “%1” (key %2)</source>
            <translation>Marcar as linhas selecionadas como “%1” (tecla %2)</translation>
        </message>
        <message>
            <source>Mar&amp;k all as attended</source>
            <translation>Marcar todos como prese&amp;ntes</translation>
        </message>
        <message>
            <source>Everyone invited attended; then mark the exceptions</source>
            <translation>Todos os convidados estiveram presentes; depois marque as exceções</translation>
        </message>
        <message>
            <source>Nobody is invited yet. Invite the initiative's participants with “Invite ▸ All participants”, or people from the directory.</source>
            <translation>Ainda não há ninguém convidado. Convide os participantes da iniciativa com “Convidar ▸ Todos os participantes” ou pessoas do diretório.</translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as attended</source>
            <translation>
                <numerusform>Marcar %n convidado como presente</numerusform>
                <numerusform>Marcar %n convidados como presentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as excused</source>
            <translation>
                <numerusform>Marcar ausência justificada de %n convidado</numerusform>
                <numerusform>Marcar ausência justificada de %n convidados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as absent</source>
            <translation>
                <numerusform>Marcar %n convidado como ausente</numerusform>
                <numerusform>Marcar %n convidados como ausentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n invitee(s) as alternate</source>
            <translation>
                <numerusform>Definir %n convidado como suplente</numerusform>
                <numerusform>Definir %n convidados como suplentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n invitee(s) as titular</source>
            <translation>
                <numerusform>Definir %n convidado como titular</numerusform>
                <numerusform>Definir %n convidados como titulares</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark the meeting as held to record attendance.</source>
            <translation>Marque a sessão como realizada para registrar a presença.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Invitees and their attendance</source>
            <translation>Convidados e sua presença</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Fazer &amp;backup agora…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Backups: by the server's administrator</source>
            <translation>Backups: feitos pelo administrador do servidor</translation>
        </message>
        <message>
            <source>Last backup failed</source>
            <translation>O último backup falhou</translation>
        </message>
        <message>
            <source>No backup yet</source>
            <translation>Ainda não há backups</translation>
        </message>
        <message>
            <source>Last backup: %1</source>
            <translation>Último backup: %1</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Fazer backup agora</translation>
        </message>
        <message>
            <source>Back up to a folder or USB stick</source>
            <translation>Salvar o backup em uma pasta ou pen drive</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Fazendo o backup…</translation>
        </message>
        <message>
            <source>The backup was written to %1 (%2).

It is one file: keep it somewhere safe, away from this computer. File › Restore… › Choose a file… puts it back.</source>
            <translation>O backup foi gravado em %1 (%2).

É um único arquivo: guarde-o em um lugar seguro, longe deste computador. Arquivo › Restaurar… › Escolher um arquivo… o restaura.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar um backup</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <source>Backup written to %1 (%2).</source>
            <translation>Cópia de segurança gravada em %1 (%2).</translation>
        </message>
        <message>
            <source>%1 restored from %2 (%3).</source>
            <translation>%1 restaurado a partir de %2 (%3).</translation>
        </message>
        <message>
            <source>The database as it was is kept in %1.</source>
            <translation>O banco de dados como estava foi guardado em %1.</translation>
        </message>
        <message>
            <source>The damaged database was moved to %1.</source>
            <translation>O banco de dados danificado foi movido para %1.</translation>
        </message>
        <message>
            <source>the database %1 is damaged: %2. Restore a backup (agencydesk restore FILE).</source>
            <translation>o banco de dados %1 está danificado: %2. Restaure uma cópia de segurança (agencydesk restore ARQUIVO).</translation>
        </message>
        <message numerus="yes">
            <source>the database %1 is damaged: %2 (and %n more). Restore a backup (agencydesk restore FILE).</source>
            <translation>
                <numerusform>o banco de dados %1 está danificado: %2 (e mais %n problema). Restaure uma cópia de segurança (agencydesk restore ARQUIVO).</numerusform>
                <numerusform>o banco de dados %1 está danificado: %2 (e mais %n problemas). Restaure uma cópia de segurança (agencydesk restore ARQUIVO).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: no problems found.</source>
            <translation>%1: nenhum problema encontrado.</translation>
        </message>
    </context>
    <context>
        <name>BackupWords</name>
        <message>
            <source>First start of the day</source>
            <translation>Primeira abertura do dia</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Backup manual</translation>
        </message>
        <message>
            <source>Before updating AgencyDesk</source>
            <translation>Antes de atualizar o AgencyDesk</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Antes de uma restauração</translation>
        </message>
        <message>
            <source>Before undoing an import</source>
            <translation>Antes de desfazer uma importação</translation>
        </message>
        <message>
            <source>Before removing several records</source>
            <translation>Antes de excluir vários registros</translation>
        </message>
        <message>
            <source>Backup file</source>
            <translation>Arquivo de backup</translation>
        </message>
        <message>
            <source>today at %1</source>
            <translation>hoje às %1</translation>
        </message>
        <message>
            <source>yesterday at %1</source>
            <translation>ontem às %1</translation>
        </message>
        <message>
            <source>The backup of %1 was restored: %2.</source>
            <translation>O backup de %1 foi restaurado: %2.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Organizations</source>
            <translation>Organizações</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Cannot be read</source>
            <translation>Não pode ser lido</translation>
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
            <translation>Gargalo</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidade competente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identificado</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolvido</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>Dias em aberto</translation>
        </message>
    </context>
    <context>
        <name>BottleneckForm</name>
        <message>
            <source>Required: what blocks the sector, briefly</source>
            <translation>Obrigatório: o que bloqueia o setor, em poucas palavras</translation>
        </message>
        <message>
            <source>The institution that can remove the bottleneck</source>
            <translation>A instituição que pode remover o gargalo</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Código:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>Títu&amp;lo:</translation>
        </message>
        <message>
            <source>Cate&amp;gory:</source>
            <translation>Categor&amp;ia:</translation>
        </message>
        <message>
            <source>Co&amp;mpetent entity:</source>
            <translation>E&amp;ntidade competente:</translation>
        </message>
        <message>
            <source>&amp;Identified on:</source>
            <translation>Identi&amp;ficado em:</translation>
        </message>
        <message>
            <source>Raised in:</source>
            <translation>Levantado em:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escrição:</translation>
        </message>
        <message>
            <source>&amp;Proposed solution:</source>
            <translation>Solução &amp;proposta:</translation>
        </message>
        <message>
            <source>New bottleneck</source>
            <translation>Novo gargalo</translation>
        </message>
        <message>
            <source>Bottleneck %1</source>
            <translation>Gargalo %1</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>The next step of the workflow is dated earlier than this.</source>
            <translation>A próxima etapa do fluxo de trabalho tem data anterior a esta.</translation>
        </message>
        <message>
            <source>Record bottleneck “%1”</source>
            <translation>Registrar gargalo “%1”</translation>
        </message>
        <message>
            <source>Edit bottleneck “%1”</source>
            <translation>Editar gargalo “%1”</translation>
        </message>
    </context>
    <context>
        <name>BottlenecksChart</name>
        <message>
            <source>Bottlenecks per initiative</source>
            <translation>Gargalos por iniciativa</translation>
        </message>
        <message>
            <source>No bottlenecks recorded yet: register them on an initiative's Bottlenecks tab to follow them here.</source>
            <translation>Ainda não há gargalos registrados: registre-os na aba Gargalos de uma iniciativa para acompanhá-los aqui.</translation>
        </message>
        <message numerus="yes">
            <source>%n more initiative(s) with fewer open bottlenecks not shown.</source>
            <translation>
                <numerusform>Não é exibida mais %n iniciativa com menos gargalos abertos.</numerusform>
                <numerusform>Não são exibidas mais %n iniciativas com menos gargalos abertos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abertos</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolvidos</translation>
        </message>
        <message>
            <source>%1
Open: %2 · Resolved: %3</source>
            <translation>%1
Abertos: %2 · Resolvidos: %3</translation>
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
                <numerusform>%n gargalo no total</numerusform>
                <numerusform>%n gargalos no total</numerusform>
            </translation>
        </message>
        <message>
            <source>Click to open its bottlenecks register.</source>
            <translation>Clique para abrir o registro de gargalos.</translation>
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
            <translation>Abertos</translation>
        </message>
        <message>
            <source>Resolved or dropped</source>
            <translation>Resolvidos ou descartados</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>&amp;New bottleneck</source>
            <translation>No&amp;vo gargalo</translation>
        </message>
        <message>
            <source>Choose a bottleneck in the register to follow its status, or record one with “New bottleneck”.</source>
            <translation>Escolha um gargalo no registro para acompanhar seu status, ou registre um com “Novo gargalo”.</translation>
        </message>
        <message>
            <source>Cannot record a bottleneck</source>
            <translation>Não é possível registrar o gargalo</translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n gargalo</numerusform>
                <numerusform>%n gargalos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n aberto</numerusform>
                <numerusform>%n abertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n resolvido</numerusform>
                <numerusform>%n resolvidos</numerusform>
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
            <translation>Ainda não há gargalos registrados para esta iniciativa. Registre o primeiro com “Novo gargalo”.</translation>
        </message>
        <message>
            <source>No bottleneck matches the filter.</source>
            <translation>Nenhum gargalo corresponde ao filtro.</translation>
        </message>
        <message>
            <source>Cannot show the bottleneck</source>
            <translation>Não é possível exibir o gargalo</translation>
        </message>
        <message>
            <source>Delete bottleneck</source>
            <translation>Excluir gargalo</translation>
        </message>
        <message>
            <source>Delete “%1” and its history? You can undo this with %2.</source>
            <translation>Excluir “%1” e seu histórico? É possível desfazer com %2.</translation>
        </message>
        <message>
            <source>Delete bottleneck “%1”</source>
            <translation>Excluir gargalo “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Não é possível desfazer nem refazer</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Match the columns</source>
            <translation>Associe as colunas</translation>
        </message>
        <message>
            <source>For each column of the file, choose what it holds in AgencyDesk, or “Do not import”. Fields marked * are required.</source>
            <translation>Para cada coluna do arquivo, escolha qual dado do AgencyDesk ela contém, ou “Não importar”. Os campos marcados com * são obrigatórios.</translation>
        </message>
        <message>
            <source>Column of the file</source>
            <translation>Coluna do arquivo</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Exemplo</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>%1 (hidden in the file)</source>
            <translation>%1 (oculta no arquivo)</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>Não importar</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>Escolha uma coluna para: %1</translation>
        </message>
        <message>
            <source>The full name is taken from %1; where it is empty, it is joined from %2.</source>
            <translation>O nome completo é tomado de %1; onde está vazio, é formado com %2.</translation>
        </message>
        <message>
            <source>The full name is joined from %1.</source>
            <translation>O nome completo é formado com %1.</translation>
        </message>
        <message>
            <source>The full name is joined from %1, for example “%2”.</source>
            <translation>O nome completo é formado com %1, por exemplo “%2”.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>it does not exist</source>
            <translation>não existe</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>é uma pasta</translation>
        </message>
        <message>
            <source>Unknown entity %1. Choose one of: %2.</source>
            <translation>Entidade desconhecida: %1. Escolha uma destas: %2.</translation>
        </message>
        <message>
            <source>interrupted; nothing was written.</source>
            <translation>interrompido; nada foi gravado.</translation>
        </message>
        <message>
            <source>unexpected error.</source>
            <translation>erro inesperado.</translation>
        </message>
        <message>
            <source>unexpected error. Details are in %1.</source>
            <translation>erro inesperado. Os detalhes estão em %1.</translation>
        </message>
        <message>
            <source>unexpected error; nothing was written. Details are in %1.</source>
            <translation>erro inesperado; nada foi gravado. Os detalhes estão em %1.</translation>
        </message>
        <message>
            <source>Demo data written to %1: %2</source>
            <translation>Dados de demonstração gravados em %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) written to %1</source>
            <translation>
                <numerusform>%n linha gravada em %1</numerusform>
                <numerusform>%n linhas gravadas em %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Template for %1 written to %2</source>
            <translation>Modelo de %1 gravado em %2</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>These records were changed both here and by %1 since your last exchange. For each one, keep the version of this database or take theirs. A record you leave undecided keeps this database's version and is asked about again at the next exchange.</source>
            <translation>Estes registros foram alterados tanto aqui quanto por %1 desde o seu último intercâmbio. Para cada um, mantenha a versão deste banco de dados ou aceite a recebida. Um registro que você deixar sem decisão mantém a versão deste banco de dados e volta a ser consultado no próximo intercâmbio.</translation>
        </message>
        <message>
            <source>Conflicting records</source>
            <translation>Registros em conflito</translation>
        </message>
        <message>
            <source>Fields that differ</source>
            <translation>Campos que diferem</translation>
        </message>
        <message>
            <source>Keep this database's version</source>
            <translation>Manter a versão deste banco de dados</translation>
        </message>
        <message>
            <source>Take the version of %1</source>
            <translation>Usar a versão de %1</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Manter todas as minhas</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Aceitar todas as recebidas</translation>
        </message>
        <message>
            <source>keep this database's</source>
            <translation>manter a deste banco de dados</translation>
        </message>
        <message>
            <source>take theirs</source>
            <translation>aceitar a recebida</translation>
        </message>
        <message>
            <source>not decided yet</source>
            <translation>ainda sem decisão</translation>
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
            <translation>Este banco de dados</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>%1 (changed %2)</source>
            <translation>%1 (alterado em %2)</translation>
        </message>
    </context>
    <context>
        <name>CountsBar</name>
        <message>
            <source>By actor type:</source>
            <translation>Por tipo de ator:</translation>
        </message>
        <message>
            <source>Public, by government level:</source>
            <translation>Públicos, por nível de governo:</translation>
        </message>
        <message>
            <source>Taking part today: &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>Participando hoje: &lt;b&gt;%1&lt;/b&gt; e &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organização</numerusform>
                <numerusform>%n organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
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
            <translation>Algo deu errado</translation>
        </message>
        <message>
            <source>AgencyDesk ran into an unexpected problem. Your saved data is safe; the last change may not have been saved.</source>
            <translation>O AgencyDesk encontrou um problema inesperado. Seus dados salvos estão seguros; a última alteração pode não ter sido salva.</translation>
        </message>
        <message>
            <source>(no log file could be written)</source>
            <translation>(não foi possível gravar o arquivo de registro)</translation>
        </message>
        <message>
            <source>The details were written to the log file:
%1</source>
            <translation>Os detalhes foram gravados no arquivo de registro:
%1</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir a pasta de registros</translation>
        </message>
    </context>
    <context>
        <name>DamagedDatabaseDialog</name>
        <message>
            <source>AgencyDesk — damaged database</source>
            <translation>AgencyDesk — banco de dados danificado</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>O banco de dados está danificado</translation>
        </message>
        <message>
            <source>SQLite's check found damage in %1, so AgencyDesk did not open it (a damaged file can lose more data as it is used).</source>
            <translation>A verificação do SQLite encontrou danos em %1, por isso o AgencyDesk não abriu o arquivo (um arquivo danificado pode perder mais dados à medida que é usado).</translation>
        </message>
        <message>
            <source>It was moved aside, not deleted: %1</source>
            <translation>Não foi excluído, foi movido para outro lugar: %1</translation>
        </message>
        <message>
            <source>The newest backup that passes the check is from %1, with %2. Restoring it brings back everything up to that moment.</source>
            <translation>O backup mais recente que passa na verificação é de %1, com %2. Restaurá-lo traz de volta tudo até aquele momento.</translation>
        </message>
        <message>
            <source>No backup of this database was found in the backups folder. If you have one elsewhere (a USB stick), choose its file.</source>
            <translation>Nenhum backup deste banco de dados foi encontrado na pasta de backups. Se você tiver um em outro lugar (um pen drive), escolha o arquivo dele.</translation>
        </message>
        <message>
            <source>What the check found: %1</source>
            <translation>O que a verificação encontrou: %1</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurar este backup</translation>
        </message>
        <message>
            <source>Choose &amp;another backup…</source>
            <translation>Escolher &amp;outro backup…</translation>
        </message>
        <message>
            <source>Start an &amp;empty database</source>
            <translation>Começar com um banco de dados &amp;vazio</translation>
        </message>
        <message>
            <source>Choose a backup &amp;file…</source>
            <translation>Escolher um &amp;arquivo de backup…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Escolher um arquivo de backup</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>active initiatives</source>
            <translation>iniciativas ativas</translation>
        </message>
        <message>
            <source>open bottlenecks</source>
            <translation>gargalos abertos</translation>
        </message>
        <message>
            <source>delayed actions</source>
            <translation>ações atrasadas</translation>
        </message>
        <message>
            <source>overdue agreements</source>
            <translation>acordos vencidos</translation>
        </message>
        <message>
            <source>organizations in the directory</source>
            <translation>organizações no diretório</translation>
        </message>
        <message>
            <source>people in the directory</source>
            <translation>pessoas no diretório</translation>
        </message>
        <message>
            <source>List the active initiatives.</source>
            <translation>Listar as iniciativas ativas.</translation>
        </message>
        <message>
            <source>Show the bottlenecks of each initiative.</source>
            <translation>Mostrar os gargalos de cada iniciativa.</translation>
        </message>
        <message>
            <source>List the actions marked delayed or past their end date.</source>
            <translation>Listar as ações marcadas como atrasadas ou com a data de término vencida.</translation>
        </message>
        <message>
            <source>List the open agreements past their due date.</source>
            <translation>Listar os acordos em aberto com o prazo vencido.</translation>
        </message>
        <message>
            <source>Open the directory of organizations.</source>
            <translation>Abrir o diretório de organizações.</translation>
        </message>
        <message>
            <source>Open the directory of people.</source>
            <translation>Abrir o diretório de pessoas.</translation>
        </message>
        <message>
            <source>Figures as of %1.</source>
            <translation>Dados atualizados em %1.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
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
            <translation>Escolher no calendário</translation>
        </message>
    </context>
    <context>
        <name>DueWords</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>vencido há %n dia</numerusform>
                <numerusform>vencido há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>due today</source>
            <translation>vence hoje</translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>vence em %n dia</numerusform>
                <numerusform>vence em %n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditParticipationDialog</name>
        <message>
            <source>Edit participation</source>
            <translation>Editar participação</translation>
        </message>
        <message>
            <source>No specific person</source>
            <translation>Nenhuma pessoa específica</translation>
        </message>
        <message>
            <source>Empty while the participant still takes part</source>
            <translation>Vazio enquanto o participante ainda participa</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>P&amp;essoa:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>P&amp;apel:</translation>
        </message>
        <message>
            <source>R&amp;epresentation:</source>
            <translation>&amp;Representação:</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>A&amp;té:</translation>
        </message>
    </context>
    <context>
        <name>EndParticipationDialog</name>
        <message>
            <source>End participation</source>
            <translation>Encerrar participação</translation>
        </message>
        <message>
            <source>On what day did %1 stop taking part? The participation stays in the history with this date.</source>
            <translation>Em que dia %1 deixou de participar? A participação fica no histórico com esta data.</translation>
        </message>
        <message>
            <source>&amp;Left on:</source>
            <translation>&amp;Saiu em:</translation>
        </message>
        <message>
            <source>&amp;End participation</source>
            <translation>&amp;Encerrar participação</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase this person</source>
            <translation>Apagar os dados desta pessoa</translation>
        </message>
        <message>
            <source>Erase the personal data of “%1”?</source>
            <translation>Apagar os dados pessoais de “%1”?</translation>
        </message>
        <message>
            <source>Their name becomes “%1”. Their national ID, phone, e-mail, gender, position, notes and consent are removed, here and in the history of changes.</source>
            <translation>O nome passa a ser “%1”. Documento de identidade, telefone, e-mail, gênero, cargo, observações e consentimento são removidos, aqui e no histórico de alterações.</translation>
        </message>
        <message>
            <source>Kept, so that the counts stay right: %1. Their organization is kept too.</source>
            <translation>São mantidos, para que as contagens continuem corretas: %1. A organização também é mantida.</translation>
        </message>
        <message numerus="yes">
            <source>They stay as the coordinator of %n initiative(s), under the new name.</source>
            <translation>
                <numerusform>Continua na coordenação de %n iniciativa, com o novo nome.</numerusform>
                <numerusform>Continua na coordenação de %n iniciativas, com o novo nome.</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups made before now still hold their data. Export their data first if they asked for a copy.</source>
            <translation>Os backups feitos até agora ainda contêm os dados dela. Se a pessoa pediu uma cópia, exporte os dados dela antes.</translation>
        </message>
        <message numerus="yes">
            <source>Their name or contact details also appear in the text of %n other record(s). Those texts are not changed: edit them if they must go too.</source>
            <translation>
                <numerusform>O nome ou os dados de contato dessa pessoa também aparecem no texto de %n outro registro. Esses textos não são alterados: edite-os se também precisarem ser removidos.</numerusform>
                <numerusform>O nome ou os dados de contato dessa pessoa também aparecem no texto de outros %n registros. Esses textos não são alterados: edite-os se também precisarem ser removidos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Other records that mention them</source>
            <translation>Outros registros que a mencionam</translation>
        </message>
        <message>
            <source>This cannot be undone, and the list of changes you can undo is cleared.</source>
            <translation>Isso não pode ser desfeito, e a lista de alterações que você pode desfazer é esvaziada.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Apagar</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>E&amp;xchange</source>
            <translation>In&amp;tercâmbio</translation>
        </message>
        <message>
            <source>&amp;Export for another office…</source>
            <translation>&amp;Exportar para outro escritório…</translation>
        </message>
        <message>
            <source>&amp;Import from another office…</source>
            <translation>&amp;Importar de outro escritório…</translation>
        </message>
        <message>
            <source>AgencyDesk exchange file (*%1)</source>
            <translation>Arquivo de intercâmbio do AgencyDesk (*%1)</translation>
        </message>
        <message>
            <source>Export for another office</source>
            <translation>Exportar para outro escritório</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>Todos os registros</translation>
        </message>
        <message>
            <source>Writing the exchange file…</source>
            <translation>Gravando o arquivo de intercâmbio…</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) written to %1.</source>
            <translation>
                <numerusform>%n registro gravado em %1.</numerusform>
                <numerusform>%n registros gravados em %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import from another office</source>
            <translation>Importar de outro escritório</translation>
        </message>
        <message>
            <source>Reading the exchange file…</source>
            <translation>Lendo o arquivo de intercâmbio…</translation>
        </message>
        <message>
            <source>Importing the exchange file…</source>
            <translation>Importando o arquivo de intercâmbio…</translation>
        </message>
    </context>
    <context>
        <name>ExchangeCommand</name>
        <message>
            <source>the initiative "%1"</source>
            <translation>a iniciativa “%1”</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>tudo</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) (%1) written to %2</source>
            <translation>
                <numerusform>%n registro (%1) gravado em %2</numerusform>
                <numerusform>%n registros (%1) gravados em %2</numerusform>
            </translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n criado</numerusform>
                <numerusform>%n criados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n atualizado</numerusform>
                <numerusform>%n atualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sem alterações</numerusform>
                <numerusform>%n sem alterações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflito</numerusform>
                <numerusform>%n conflitos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignorado</numerusform>
                <numerusform>%n ignorados</numerusform>
            </translation>
        </message>
        <message>
            <source>took the file's version</source>
            <translation>foi usada a versão do arquivo</translation>
        </message>
        <message>
            <source>kept this database's version</source>
            <translation>foi mantida a versão deste banco de dados</translation>
        </message>
        <message>
            <source>left as it is here (undecided)</source>
            <translation>deixado como está aqui (sem decisão)</translation>
        </message>
        <message>
            <source>matched to a record here by its name or id</source>
            <translation>associado a um registro daqui pelo nome ou identificador</translation>
        </message>
        <message>
            <source>renumbered (its number was taken here)</source>
            <translation>renumerado (o número já estava em uso aqui)</translation>
        </message>
        <message>
            <source>not brought back (deleted here after an earlier exchange)</source>
            <translation>não foi recuperado (excluído aqui depois de um intercâmbio anterior)</translation>
        </message>
        <message>
            <source>skipped (what it belongs to is not here)</source>
            <translation>ignorado (aquilo a que pertence não está aqui)</translation>
        </message>
        <message>
            <source>written without a link whose record is not here</source>
            <translation>gravado sem um vínculo cujo registro não está aqui</translation>
        </message>
        <message>
            <source>Note: %1 "%2" %3</source>
            <translation>Observação: %1 “%2” %3</translation>
        </message>
        <message>
            <source>Conflict: %1 "%2" [%3]: %4</source>
            <translation>Conflito: %1 “%2” [%3]: %4</translation>
        </message>
        <message>
            <source>%1: here %2, there %3</source>
            <translation>%1: aqui %2, lá %3</translation>
        </message>
        <message>
            <source>database %1</source>
            <translation>banco de dados %1</translation>
        </message>
        <message>
            <source>%1: %2, from %3, exported %4 UTC</source>
            <translation>%1: %2, de %3, exportado em %4 UTC</translation>
        </message>
        <message>
            <source>(dry run: nothing written)</source>
            <translation>(simulação: nada foi gravado)</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) left as they are here; settle them in the program (File &gt; Exchange &gt; Import) or with --take-theirs / --keep-mine.</source>
            <translation>
                <numerusform>%n conflito ficou como está aqui; resolva-o no programa (Arquivo &gt; Intercâmbio &gt; Importar de outro escritório) ou com --take-theirs / --keep-mine.</numerusform>
                <numerusform>%n conflitos ficaram como estão aqui; resolva-os no programa (Arquivo &gt; Intercâmbio &gt; Importar de outro escritório) ou com --take-theirs / --keep-mine.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeFields</name>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Ponto de pauta</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprovado em</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Data da linha de base</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Gargalo</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>Cancelada em</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>Data e hora da alteração</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Alterado por</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Data da alteração</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidade competente</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordenador</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Horário de término</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>From status</source>
            <translation>Status anterior</translation>
        </message>
        <message>
            <source>Identified on</source>
            <translation>Identificado em</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>Em espécie</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Convidado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Ata</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <source>Next meeting on</source>
            <translation>Próxima sessão em</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Part of</source>
            <translation>Faz parte de</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Fim do período</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Início do período</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Proposed solution</source>
            <translation>Solução proposta</translation>
        </message>
        <message>
            <source>Raised in meeting</source>
            <translation>Levantado na sessão</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Evidence of resolution</source>
            <translation>Evidência de resolução</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resolvido em</translation>
        </message>
        <message>
            <source>Responsible organization</source>
            <translation>Instituição responsável</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Horário de início</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Enunciado</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Data da meta</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
        </message>
        <message>
            <source>To status</source>
            <translation>Novo status</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visão</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaryDialog</name>
        <message>
            <source>Import from another office</source>
            <translation>Importar de outro escritório</translation>
        </message>
        <message>
            <source>Exchange imported</source>
            <translation>Intercâmbio importado</translation>
        </message>
        <message>
            <source>The initiative “%1”</source>
            <translation>A iniciativa “%1”</translation>
        </message>
        <message>
            <source>Everything in their database</source>
            <translation>Tudo do banco de dados desse escritório</translation>
        </message>
        <message>
            <source>From: %1 · exported on %2
What: %3</source>
            <translation>De: %1 · exportado em %2
Conteúdo: %3</translation>
        </message>
        <message>
            <source>Resolve conflicts…</source>
            <translation>Resolver conflitos…</translation>
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
            <translation>Novos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sem alterações</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflitos</translation>
        </message>
        <message>
            <source>Not brought back</source>
            <translation>Não reincorporados</translation>
        </message>
        <message>
            <source>What the import changes</source>
            <translation>O que a importação altera</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Nothing to change: this database already has all of it.</source>
            <translation>Nada a alterar: este banco de dados já tem tudo isso.</translation>
        </message>
        <message>
            <source>What importing this file will do (nothing is written yet):</source>
            <translation>O que a importação deste arquivo fará (nada foi gravado ainda):</translation>
        </message>
        <message>
            <source>The file was imported. What changed:</source>
            <translation>O arquivo foi importado. O que mudou:</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Sem conflitos.</translation>
        </message>
        <message numerus="yes">
            <source>Changed both here and by %1 since your last exchange: %n record(s).</source>
            <translation>
                <numerusform>Alterado tanto aqui quanto por %1 desde o seu último intercâmbio: %n registro.</numerusform>
                <numerusform>Alterados tanto aqui quanto por %1 desde o seu último intercâmbio: %n registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undecided: %n. They keep this database's version and are asked about again at the next exchange.</source>
            <translation>
                <numerusform>Sem decisão: %n. Mantém a versão deste banco de dados e volta a ser consultado no próximo intercâmbio.</numerusform>
                <numerusform>Sem decisão: %n. Mantêm a versão deste banco de dados e voltam a ser consultados no próximo intercâmbio.</numerusform>
            </translation>
        </message>
        <message>
            <source>All decided.</source>
            <translation>Todos decididos.</translation>
        </message>
        <message numerus="yes">
            <source>Conflicts settled as you chose: %n.</source>
            <translation>
                <numerusform>Conflito resolvido conforme sua escolha: %n.</numerusform>
                <numerusform>Conflitos resolvidos conforme sua escolha: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left as they are here, to be asked about at the next exchange: %n.</source>
            <translation>
                <numerusform>Mantido como está aqui, para ser consultado no próximo intercâmbio: %n.</numerusform>
                <numerusform>Mantidos como estão aqui, para serem consultados no próximo intercâmbio: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the same as a record here (same name or id); merged</source>
            <translation>%1: é o mesmo que um registro daqui (mesmo nome ou identificador); foram mesclados</translation>
        </message>
        <message>
            <source>%1: renumbered %2, its number was taken</source>
            <translation>%1: renumerado como %2, seu número já estava em uso</translation>
        </message>
        <message>
            <source>%1: deleted here after an earlier exchange; not brought back</source>
            <translation>%1: excluído aqui depois de um intercâmbio anterior; não foi reincorporado</translation>
        </message>
        <message>
            <source>%1: not imported, what it belongs to is not here</source>
            <translation>%1: não foi importado, o registro ao qual pertence não está aqui</translation>
        </message>
        <message>
            <source>%1: imported without a link to a record that is not here</source>
            <translation>%1: importado sem o vínculo com um registro que não está aqui</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTables</name>
        <message>
            <source>Territories</source>
            <translation>Territórios</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizações</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
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
            <translation>Setores prioritários</translation>
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
            <translation>Gargalos</translation>
        </message>
        <message>
            <source>Bottleneck history</source>
            <translation>Histórico de gargalos</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planos de ação</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Funding lines</source>
            <translation>Linhas de financiamento</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Medições</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Meeting log</source>
            <translation>Histórico de sessões</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Pontos de pauta</translation>
        </message>
        <message>
            <source>Bottlenecks discussed at meetings</source>
            <translation>Gargalos tratados em sessões</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</source>
            <translation>
                <numerusform>%n texto longo foi cortado em %1 caracteres, o limite do Excel; a exportação .csv o mantém inteiro.</numerusform>
                <numerusform>%n textos longos foram cortados em %1 caracteres, o limite do Excel; a exportação .csv os mantém inteiros.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportScopeDialog</name>
        <message>
            <source>Export for another office</source>
            <translation>Exportar para outro escritório</translation>
        </message>
        <message>
            <source>Write an exchange file to send to another office by e-mail or on a USB stick. When they import it, records new to them are added, records changed here replace theirs, and records changed on both sides are shown to them to decide. Nothing is deleted.</source>
            <translation>Gere um arquivo de intercâmbio para enviar a outro escritório por e-mail ou em um pendrive. Quando esse escritório o importar, os registros novos para ele serão adicionados, os registros alterados aqui substituirão os dele e os registros alterados nos dois lados serão mostrados a ele para decidir. Nada é excluído.</translation>
        </message>
        <message>
            <source>The file holds the contact details of the people in it (personal data): send it only to offices that may hold them, and delete your copy once sent.</source>
            <translation>O arquivo contém os dados de contato das pessoas nele incluídas (dados pessoais): envie-o somente a escritórios que possam tê-los e exclua sua cópia depois de enviá-lo.</translation>
        </message>
        <message>
            <source>One initiative, with its meetings, plan and actors:</source>
            <translation>Uma iniciativa, com suas sessões, plano e atores:</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Everything in this database</source>
            <translation>Tudo deste banco de dados</translation>
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
            <translation>Escolha o arquivo</translation>
        </message>
        <message>
            <source>A spreadsheet or a text file a partner sent you: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or comma- or semicolon-separated text (.csv, .txt). You can also drag the file onto the main window.</source>
            <translation>Uma planilha ou um arquivo de texto enviado por um parceiro: Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) ou texto separado por vírgulas ou por ponto e vírgula (.csv, .txt). Você também pode arrastar o arquivo para a janela principal.</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>Nenhum arquivo escolhido ainda</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Escolher um arquivo…</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Escolha o arquivo que deseja importar</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
            <translation>Planilhas (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lendo o arquivo…</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Lendo %1</translation>
        </message>
        <message>
            <source>Reading was cancelled.</source>
            <translation>A leitura foi cancelada.</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n sheet(s)</source>
            <translation>
                <numerusform>%1: %n aba</numerusform>
                <numerusform>%1: %n abas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose another file, or fix this one.</source>
            <translation>Escolha outro arquivo ou corrija este.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Localizar:</translation>
        </message>
        <message>
            <source>Words to find in this page</source>
            <translation>Palavras a localizar nesta página</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <source>Find the previous place (Shift+Enter)</source>
            <translation>Localizar a ocorrência anterior (Shift+Enter)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Próximo</translation>
        </message>
        <message>
            <source>Find the next place (Enter)</source>
            <translation>Localizar a próxima ocorrência (Enter)</translation>
        </message>
        <message>
            <source>Close the find bar (Esc)</source>
            <translation>Fechar a barra de localização (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>Fechar a barra de localização</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Não encontrado</translation>
        </message>
    </context>
    <context>
        <name>FollowsStack</name>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Não é possível desfazer nem refazer</translation>
        </message>
    </context>
    <context>
        <name>FundingTable</name>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Program or fund</source>
            <translation>Programa ou fundo</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>Em espécie</translation>
        </message>
        <message>
            <source>Funding lines</source>
            <translation>Linhas de financiamento</translation>
        </message>
        <message>
            <source>&amp;Add funding line</source>
            <translation>&amp;Adicionar linha de financiamento</translation>
        </message>
        <message>
            <source>e.g. PROCOMPITE, a CORFO fund</source>
            <translation>p. ex. PROCOMPITE, um fundo da CORFO</translation>
        </message>
        <message>
            <source>A valued contribution (staff, premises, labour), not cash</source>
            <translation>Uma contribuição valorada (pessoal, instalações, mão de obra), não em dinheiro</translation>
        </message>
        <message>
            <source>Remove this funding line</source>
            <translation>Remover esta linha de financiamento</translation>
        </message>
        <message>
            <source>No funding lines yet.</source>
            <translation>Ainda não há linhas de financiamento.</translation>
        </message>
        <message>
            <source>Total funding: %1</source>
            <translation>Financiamento total: %1</translation>
        </message>
    </context>
    <context>
        <name>GenderChart</name>
        <message>
            <source>Participation by gender</source>
            <translation>Participação por gênero</translation>
        </message>
        <message>
            <source>No participant has a person recorded yet: add who represents each organization in an initiative to see participation by gender.</source>
            <translation>Nenhum participante tem ainda uma pessoa registrada: adicione quem representa cada organização em uma iniciativa para ver a participação por gênero.</translation>
        </message>
        <message>
            <source>Active participations held by a person.</source>
            <translation>Participações ativas exercidas por uma pessoa.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Não registrado</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n participation(s) (%2). Click to list these people.</source>
            <translation>
                <numerusform>%1: %n participação (%2). Clique para ver essa pessoa.</numerusform>
                <numerusform>%1: %n participações (%2). Clique para listar essas pessoas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>Contents of the guide</source>
            <translation>Sumário do guia</translation>
        </message>
        <message>
            <source>Page of the guide</source>
            <translation>Página do guia</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <source>The page read before</source>
            <translation>A página lida antes</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <source>The page read after</source>
            <translation>A página lida depois</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sumário</translation>
        </message>
        <message>
            <source>The first page of the guide, with every chapter</source>
            <translation>A primeira página do guia, com todos os capítulos</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>Localizar…</translation>
        </message>
        <message>
            <source>Find words in this page</source>
            <translation>Localizar palavras nesta página</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texto menor</translation>
        </message>
        <message>
            <source>Make the text smaller</source>
            <translation>Diminuir o texto</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texto maior</translation>
        </message>
        <message>
            <source>Make the text larger</source>
            <translation>Aumentar o texto</translation>
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
            <translation>Fechar</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Fechar o guia</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guia</translation>
        </message>
        <message>
            <source>%1 — AgencyDesk user guide</source>
            <translation>%1 — Guia do usuário do AgencyDesk</translation>
        </message>
        <message>
            <source>AgencyDesk user guide</source>
            <translation>Guia do usuário do AgencyDesk</translation>
        </message>
        <message>
            <source>Print “%1”</source>
            <translation>Imprimir “%1”</translation>
        </message>
    </context>
    <context>
        <name>HandoverDocument</name>
        <message>
            <source>Handover file</source>
            <translation>Dossiê de transição</translation>
        </message>
        <message>
            <source>Situation as of %1</source>
            <translation>Situação em %1</translation>
        </message>
        <message>
            <source>This file gathers what whoever takes over the initiative needs to know: its data, who takes part, the bottlenecks, every session, the agreements and the action plan's progress. It is drawn from the office's records on the date above.</source>
            <translation>Este dossiê reúne o que precisa saber quem assume a iniciativa: seus dados, quem participa, os gargalos, cada sessão, os acordos e o andamento do plano de ação. É elaborado com os registros do escritório na data indicada acima.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sumário</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
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
            <translation>Setor</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
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
            <translation>Situação</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordenador</translation>
        </message>
        <message>
            <source>Initiative data</source>
            <translation>Dados da iniciativa</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Números-chave</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) held</source>
            <translation>
                <numerusform>%n sessão realizada</numerusform>
                <numerusform>%n sessões realizadas</numerusform>
            </translation>
        </message>
        <message>
            <source>next on %1</source>
            <translation>próxima em %1</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n em aberto</numerusform>
                <numerusform>%n em aberto</numerusform>
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
            <translation>Instituições participantes</translation>
        </message>
        <message>
            <source>Open bottlenecks</source>
            <translation>Gargalos em aberto</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <source>progress %1</source>
            <translation>andamento %1</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>Action plan and progress</source>
            <translation>Plano de ação e andamento</translation>
        </message>
        <message>
            <source>The initiative has no action plan.</source>
            <translation>A iniciativa não tem plano de ação.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprovado em</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Andamento geral</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eixo</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Budget (%1)</source>
            <translation>Orçamento (%1)</translation>
        </message>
        <message>
            <source>Funded (%1)</source>
            <translation>Financiado (%1)</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Andamento</translation>
        </message>
        <message>
            <source>No axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Actions by status:</source>
            <translation>Ações por situação:</translation>
        </message>
        <message>
            <source>Delayed actions</source>
            <translation>Ações atrasadas</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fim</translation>
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
                <numerusform>%n instituição</numerusform>
                <numerusform>%n instituições</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>Taking part today:</source>
            <translation>Participam hoje:</translation>
        </message>
        <message>
            <source>No participants recorded.</source>
            <translation>Não há participantes registrados.</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instituição</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Titular or alternate</source>
            <translation>Titular ou suplente</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>No actor type</source>
            <translation>Sem tipo de ator</translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s) today</source>
            <translation>
                <numerusform>%n instituição hoje</numerusform>
                <numerusform>%n instituições hoje</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows in grey: participation ended.</source>
            <translation>Linhas em cinza: participação encerrada.</translation>
        </message>
        <message>
            <source>Bottlenecks register</source>
            <translation>Registro de gargalos</translation>
        </message>
        <message>
            <source>No bottlenecks recorded.</source>
            <translation>Não há gargalos registrados.</translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n gargalo</numerusform>
                <numerusform>%n gargalos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still open</source>
            <translation>
                <numerusform>%n ainda em aberto</numerusform>
                <numerusform>%n ainda em aberto</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Gargalo</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidade competente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identificado</translation>
        </message>
        <message>
            <source>Solution:</source>
            <translation>Solução:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Evidência:</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>No sessions recorded.</source>
            <translation>Não há sessões registradas.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sessão</numerusform>
                <numerusform>%n sessões</numerusform>
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
            <translation>Sessão %1</translation>
        </message>
        <message>
            <source>%1 of %2 invited attended</source>
            <translation>Compareceram %1 de %2 convidados</translation>
        </message>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n convidado</numerusform>
                <numerusform>%n convidados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acordo</numerusform>
                <numerusform>%n acordos</numerusform>
            </translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>Agreements matrix</source>
            <translation>Matriz de acordos</translation>
        </message>
        <message>
            <source>No agreements recorded.</source>
            <translation>Não há acordos registrados.</translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n em aberto</numerusform>
                <numerusform>%n em aberto</numerusform>
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
                <numerusform>%n cumprido</numerusform>
                <numerusform>%n cumpridos</numerusform>
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
            <translation>Sessão</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
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
            <translation>Localize os nomes das colunas</translation>
        </message>
        <message>
            <source>The highlighted row holds the names of the columns; the rows below it are imported. If the names are on another row, click it.</source>
            <translation>A linha destacada contém os nomes das colunas; as linhas abaixo dela são importadas. Se os nomes estiverem em outra linha, clique nela.</translation>
        </message>
        <message>
            <source>The column names are on rows %1 and %2.</source>
            <translation>Os nomes das colunas estão nas linhas %1 e %2.</translation>
        </message>
        <message>
            <source>The column names are on row %1.</source>
            <translation>Os nomes das colunas estão na linha %1.</translation>
        </message>
    </context>
    <context>
        <name>HistoryButton</name>
        <message>
            <source>Histor&amp;y…</source>
            <comment>every change of the record; not a meeting's Log…</comment>
            <translation>&amp;Histórico de alterações…</translation>
        </message>
        <message>
            <source>Every change of this record: when, by whom, and what it was before</source>
            <translation>Cada alteração deste registro: quando, quem fez e como era antes</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Depois</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <source>History of “%1”</source>
            <translation>Histórico de “%1”</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) recorded, newest first.</source>
            <translation>
                <numerusform>%n alteração registrada, a mais recente primeiro.</numerusform>
                <numerusform>%n alterações registradas, as mais recentes primeiro.</numerusform>
            </translation>
        </message>
        <message>
            <source>(no name set)</source>
            <translation>(nome não configurado)</translation>
        </message>
    </context>
    <context>
        <name>HistoryLabels</name>
        <message>
            <source>Action it advances</source>
            <translation>Ação que impulsiona</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de ator</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Pontos de pauta</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprovado em</translation>
        </message>
        <message>
            <source>Attendance records</source>
            <translation>Registros de presença</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eixo</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Data da linha de base</translation>
        </message>
        <message>
            <source>Bottleneck</source>
            <translation>Gargalo</translation>
        </message>
        <message>
            <source>Bottlenecks discussed</source>
            <translation>Gargalos tratados</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>Cancelado em</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Competent entity</source>
            <translation>Entidade competente</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Data do consentimento</translation>
        </message>
        <message>
            <source>Consent purpose</source>
            <translation>Finalidade do consentimento</translation>
        </message>
        <message>
            <source>Convener</source>
            <translation>Convocante</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordenador</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Cumprido em</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Término</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Horário de término</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Dados pessoais apagados</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificou</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Foco</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gênero</translation>
        </message>
        <message>
            <source>Government level</source>
            <translation>Nível de governo</translation>
        </message>
        <message>
            <source>Identified on</source>
            <translation>Identificado em</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>Em espécie</translation>
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
            <translation>Convidado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Quantidade de membros</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Ata</translation>
        </message>
        <message>
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidade</translation>
        </message>
        <message>
            <source>Next meeting on</source>
            <translation>Data da próxima sessão</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
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
            <translation>Organização</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Período até</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Período de</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
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
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Proposed solution</source>
            <translation>Solução proposta</translation>
        </message>
        <message>
            <source>Raised in meeting</source>
            <translation>Apresentado na sessão</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Data de registro</translation>
        </message>
        <message>
            <source>Representation</source>
            <translation>Representação</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Resolution evidence</source>
            <translation>Evidência de resolução</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resolvido em</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Responsible institution</source>
            <translation>Instituição responsável</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Pessoa responsável</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
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
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>Started on</source>
            <translation>Iniciada em</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Data e horário</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Enunciado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status step removed</source>
            <translation>Etapa de status excluída</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Data da meta</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>Identificação fiscal</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
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
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Visão</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Página web</translation>
        </message>
        <message>
            <source>Place in the agenda</source>
            <translation>Posição na pauta</translation>
        </message>
        <message>
            <source>Place in the list</source>
            <translation>Posição na lista</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Priority sector</source>
            <translation>Setor prioritário</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Measurement</source>
            <translation>Medição</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Ponto de pauta</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Usuário</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Conteúdo</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criados</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeitadas</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Desfeita</translation>
        </message>
        <message>
            <source>Checksum (SHA-256): %1</source>
            <translation>Soma de verificação (SHA-256): %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryTexts</name>
        <message>
            <source>History</source>
            <translation>Histórico de alterações</translation>
        </message>
        <message>
            <source>Created by importing %1</source>
            <translation>Criado ao importar %1</translation>
        </message>
        <message>
            <source>Removed by undoing the import of %1</source>
            <translation>Removido ao desfazer a importação de %1</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Excluído</translation>
        </message>
        <message>
            <source>Personal data erased</source>
            <translation>Dados pessoais apagados</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(apagado)</translation>
        </message>
        <message>
            <source>(deleted, #%1)</source>
            <translation>(excluído, #%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>No change is recorded for this record. Records loaded with the demo data, or written before this version of AgencyDesk, have no history.</source>
            <translation>Nenhuma alteração foi registrada para este registro. Os registros carregados com os dados de demonstração, ou criados antes desta versão do AgencyDesk, não têm histórico.</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n linha</numerusform>
                <numerusform>%n linhas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n created</source>
            <translation>
                <numerusform>%n criada</numerusform>
                <numerusform>%n criadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n atualizada</numerusform>
                <numerusform>%n atualizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sem alterações</numerusform>
                <numerusform>%n sem alterações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignorada</numerusform>
                <numerusform>%n ignoradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejeitada</numerusform>
                <numerusform>%n rejeitadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organization(s)</source>
            <translation>
                <numerusform>%n organização nova</numerusform>
                <numerusform>%n organizações novas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 [%2] as %3: %4</source>
            <translation>%1 [%2] como %3: %4</translation>
        </message>
        <message>
            <source>(dry run: nothing written)</source>
            <translation>(simulação: nada foi gravado)</translation>
        </message>
        <message>
            <source>(batch %1)</source>
            <translation>(lote %1)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected; they are in %1</source>
            <translation>
                <numerusform>%n linha rejeitada; ela está em %1</numerusform>
                <numerusform>%n linhas rejeitadas; elas estão em %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n linha rejeitada</numerusform>
                <numerusform>%n linhas rejeitadas</numerusform>
            </translation>
        </message>
        <message>
            <source>unexpected error (details are in the log)</source>
            <translation>erro inesperado (os detalhes estão no registro)</translation>
        </message>
        <message>
            <source>the report and the rejected rows workbook</source>
            <translation>o relatório e a planilha de linhas rejeitadas</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>o relatório</translation>
        </message>
        <message>
            <source>the rejected rows workbook</source>
            <translation>a planilha de linhas rejeitadas</translation>
        </message>
        <message>
            <source>dry run done, nothing was written to the database; only %1 could not be written (%2).</source>
            <translation>simulação concluída, nada foi gravado no banco de dados; apenas não foi possível gravar %1 (%2).</translation>
        </message>
        <message>
            <source>the import itself was saved (batch %1); only %2 could not be written (%3). Do not import the file again; 'agencydesk undo-import %1' undoes the import if needed.</source>
            <translation>a importação em si foi salva (lote %1); apenas não foi possível gravar %2 (%3). Não importe o arquivo de novo; 'agencydesk undo-import %1' desfaz a importação se necessário.</translation>
        </message>
        <message>
            <source>interrupted after the import was saved (batch %1); the report or the rejected rows may be missing. Do not import the file again; 'agencydesk undo-import %1' undoes the import if needed.</source>
            <translation>interrompido depois que a importação foi salva (lote %1); o relatório ou as linhas rejeitadas podem estar faltando. Não importe o arquivo de novo; 'agencydesk undo-import %1' desfaz a importação se necessário.</translation>
        </message>
        <message>
            <source>unexpected error after the import was saved (batch %1). Details are in %2. Do not import the file again; 'agencydesk undo-import %1' undoes the import if needed.</source>
            <translation>erro inesperado depois que a importação foi salva (lote %1). Os detalhes estão em %2. Não importe o arquivo de novo; 'agencydesk undo-import %1' desfaz a importação se necessário.</translation>
        </message>
        <message>
            <source>interrupted while the import was being saved; it may have been saved. Look in File &gt; Import history in the program before importing the file again.</source>
            <translation>interrompido enquanto a importação era salva; ela pode ter sido salva. Consulte Arquivo &gt; Histórico de importações no programa antes de importar o arquivo de novo.</translation>
        </message>
        <message numerus="yes">
            <source>%n created record(s) removed</source>
            <translation>
                <numerusform>%n registro criado removido</numerusform>
                <numerusform>%n registros criados removidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated record(s) restored</source>
            <translation>
                <numerusform>%n registro atualizado restaurado</numerusform>
                <numerusform>%n registros atualizados restaurados</numerusform>
            </translation>
        </message>
        <message>
            <source>Import batch %1 (%2) undone: %3, %4.</source>
            <translation>Lote de importação %1 (%2) desfeito: %3, %4.</translation>
        </message>
        <message>
            <source>There is no import batch number %1.</source>
            <translation>Não existe o lote de importação número %1.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>AgencyDesk identifier (uuid)</source>
            <translation>Identificador do AgencyDesk (uuid)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Type of actor</source>
            <translation>Tipo de ator</translation>
        </message>
        <message>
            <source>Level of government</source>
            <translation>Nível de governo</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Tax id (RUC, RUT, RFC)</source>
            <translation>Identificação fiscal (RUC, RUT, RFC)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Endereço</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Página web</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Number of members</source>
            <translation>Quantidade de membros</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>Data de registro</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>Given names (part of the name)</source>
            <translation>Prenomes (parte do nome)</translation>
        </message>
        <message>
            <source>Middle names (part of the name)</source>
            <translation>Nomes do meio (parte do nome)</translation>
        </message>
        <message>
            <source>First surname (or surnames)</source>
            <translation>Primeiro sobrenome (ou sobrenomes)</translation>
        </message>
        <message>
            <source>Second surname</source>
            <translation>Segundo sobrenome</translation>
        </message>
        <message>
            <source>National id (DNI, CURP, RUN)</source>
            <translation>Documento de identidade (DNI, CURP, RUN)</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gênero</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Data do consentimento</translation>
        </message>
        <message>
            <source>Purpose of the consent</source>
            <translation>Finalidade do consentimento</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificou</translation>
        </message>
        <message>
            <source>Representation</source>
            <translation>Representação</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eixo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Responsible organization</source>
            <translation>Instituição responsável</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress (%)</source>
            <translation>Progresso (%)</translation>
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
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Action plan (checked, not imported)</source>
            <translation>Plano de ação (verificado, não importado)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Pessoa responsável</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Data de cumprimento</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizações</translation>
        </message>
        <message>
            <source>People (contacts)</source>
            <translation>Pessoas (contatos)</translation>
        </message>
        <message>
            <source>Actions of an action plan</source>
            <translation>Ações de um plano de ação</translation>
        </message>
        <message>
            <source>Agreements of a meeting</source>
            <translation>Acordos de uma sessão</translation>
        </message>
        <message>
            <source>Attendance of a meeting</source>
            <translation>Presença em uma sessão</translation>
        </message>
        <message>
            <source>Indicator measurements</source>
            <translation>Medições de indicadores</translation>
        </message>
        <message>
            <source>Progress of existing actions (by code)</source>
            <translation>Progresso de ações existentes (por código)</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>Import history</source>
            <translation>Histórico de importações</translation>
        </message>
        <message>
            <source>Every import made in this database. Undo removes what an import created and puts back what it changed.</source>
            <translation>Todas as importações feitas neste banco de dados. Desfazer exclui o que uma importação criou e restaura o que ela alterou.</translation>
        </message>
        <message>
            <source>No file has been imported into this database yet.</source>
            <translation>Ainda não foi importado nenhum arquivo neste banco de dados.</translation>
        </message>
        <message>
            <source>&amp;Undo import…</source>
            <translation>&amp;Desfazer importação…</translation>
        </message>
        <message numerus="yes">
            <source>Undo the import of %1 (%2)? The %n record(s) it created will be deleted and the ones it updated will get their previous values back.</source>
            <translation>
                <numerusform>Desfazer a importação de %1 (%2)? O %n registro criado por ela será excluído e os que ela atualizou voltarão aos valores anteriores.</numerusform>
                <numerusform>Desfazer a importação de %1 (%2)? Os %n registros criados por ela serão excluídos e os que ela atualizou voltarão aos valores anteriores.</numerusform>
            </translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Desfazer importação</translation>
        </message>
        <message>
            <source>Undoing the import</source>
            <translation>Desfazendo a importação</translation>
        </message>
    </context>
    <context>
        <name>ImportReasons</name>
        <message>
            <source>an Excel error value (such as #N/A)</source>
            <translation>um valor de erro do Excel (como #N/A)</translation>
        </message>
        <message>
            <source>a formula saved without its result: open the file in Excel or LibreOffice and save it again</source>
            <translation>uma fórmula salva sem o resultado: abra o arquivo no Excel ou no LibreOffice e salve-o novamente</translation>
        </message>
        <message>
            <source>not a date</source>
            <translation>não é uma data</translation>
        </message>
        <message>
            <source>not a number</source>
            <translation>não é um número</translation>
        </message>
        <message>
            <source>cannot be negative</source>
            <translation>não pode ser negativo</translation>
        </message>
        <message>
            <source>out of range</source>
            <translation>fora do intervalo</translation>
        </message>
        <message>
            <source>not an e-mail address</source>
            <translation>não é um endereço de e-mail</translation>
        </message>
        <message>
            <source>not a web address</source>
            <translation>não é um endereço da web</translation>
        </message>
        <message>
            <source>not yes or no</source>
            <translation>não é sim nem não</translation>
        </message>
        <message>
            <source>not a percentage from 0 to 100</source>
            <translation>não é uma porcentagem de 0 a 100</translation>
        </message>
        <message>
            <source>not one of the choices</source>
            <translation>não é uma das opções</translation>
        </message>
        <message>
            <source>too long</source>
            <translation>longo demais</translation>
        </message>
        <message>
            <source>not a whole number</source>
            <translation>não é um número inteiro</translation>
        </message>
        <message>
            <source>not valid</source>
            <translation>não é válido</translation>
        </message>
        <message>
            <source>“M” can be Mujer (woman) or Masculino (man) and the column does not say which: write Mujer, Hombre, F or H</source>
            <translation>“M” pode ser Mujer (mulher) ou Masculino (homem) e a coluna não diz qual: escreva Mujer, Hombre, F ou H</translation>
        </message>
        <message>
            <source>a value is required</source>
            <translation>falta um valor obrigatório</translation>
        </message>
        <message>
            <source>no organization with this name in the directory</source>
            <translation>não há nenhuma organização com este nome no diretório</translation>
        </message>
        <message>
            <source>the same record appears earlier in the file</source>
            <translation>o mesmo registro aparece antes no arquivo</translation>
        </message>
        <message>
            <source>no existing record matches this row</source>
            <translation>nenhum registro existente corresponde a esta linha</translation>
        </message>
        <message>
            <source>a date in the future</source>
            <translation>uma data futura</translation>
        </message>
        <message>
            <source>a consent date needs the purpose of the consent</source>
            <translation>uma data de consentimento exige a finalidade do consentimento</translation>
        </message>
        <message>
            <source>the end is before the start</source>
            <translation>o término é anterior ao início</translation>
        </message>
        <message>
            <source>no indicator with this name</source>
            <translation>não há nenhum indicador com este nome</translation>
        </message>
        <message>
            <source>no action with this code in the plan</source>
            <translation>não há nenhuma ação com este código no plano</translation>
        </message>
        <message>
            <source>several actions of the plan have this code: add the axis (Eje) or the action's title, as in the plan, to tell them apart</source>
            <translation>várias ações do plano têm este código: acrescente o eixo ou o título da ação, como no plano, para distingui-las</translation>
        </message>
        <message>
            <source>the plan's action with this code has another axis and another title: check the code</source>
            <translation>a ação do plano com este código tem outro eixo e outro título: verifique o código</translation>
        </message>
        <message>
            <source>this is the title of another action of the plan, not of the action with this code: check the code or the title</source>
            <translation>este é o título de outra ação do plano, não o da ação com este código: confira o código ou o título</translation>
        </message>
        <message>
            <source>this ID belongs to another name in the directory: check the ID or the name</source>
            <translation>este documento de identificação pertence a outro nome do diretório: confira o documento ou o nome</translation>
        </message>
        <message>
            <source>this ID belongs to another name earlier in the file: check the ID or the name</source>
            <translation>este documento de identificação pertence a outro nome mais acima no arquivo: confira o documento ou o nome</translation>
        </message>
        <message>
            <source>no person with this name</source>
            <translation>não há nenhuma pessoa com este nome</translation>
        </message>
        <message>
            <source>several people in the directory have this name: add their organization, e-mail or ID</source>
            <translation>várias pessoas do diretório têm este nome: acrescente a organização, o e-mail ou o documento de identidade</translation>
        </message>
        <message>
            <source>several indicators have this name: choose a plan</source>
            <translation>vários indicadores têm este nome: escolha um plano</translation>
        </message>
        <message>
            <source>the meeting has not been held yet: presence cannot be recorded</source>
            <translation>a reunião ainda não foi realizada: não é possível registrar a presença</translation>
        </message>
        <message>
            <source>a completion date on an agreement marked open</source>
            <translation>uma data de conclusão em um acordo marcado como em aberto</translation>
        </message>
        <message>
            <source>this row is a record of another meeting (by its uuid): check that the right meeting is chosen</source>
            <translation>esta linha é um registro de outra sessão (pelo seu uuid): verifique se escolheu a sessão certa</translation>
        </message>
        <message>
            <source>this row is a record of another plan (by its uuid or its plan column): import it into that plan, or check that the right plan is chosen</source>
            <translation>esta linha é um registro de outro plano (pelo seu uuid ou sua coluna de plano): importe-a nesse plano, ou verifique se o plano certo foi escolhido</translation>
        </message>
        <message>
            <source>several people in the directory have this name: add their DNI, e-mail or organization to say which</source>
            <translation>várias pessoas do diretório têm este nome: acrescente o documento, e-mail ou organização para dizer qual</translation>
        </message>
        <message>
            <source>the due date is before the meeting where the agreement was made: check the year</source>
            <translation>o prazo é anterior à sessão em que o acordo foi feito: verifique o ano</translation>
        </message>
        <message>
            <source>the completion date is before the meeting where the agreement was made: check the year</source>
            <translation>a data de cumprimento é anterior à sessão em que o acordo foi feito: verifique o ano</translation>
        </message>
        <message>
            <source>no territory of the database has this name (an import does not add territories): correct it, or leave the cell empty to import the row without one</source>
            <translation>nenhum território do banco de dados tem este nome (uma importação não acrescenta territórios): corrija-o, ou deixe a célula vazia para importar a linha sem território</translation>
        </message>
        <message>
            <source>several territories have this name: add the place it is in, as the territory lists show it: “Valdivia (Los Ríos)”</source>
            <translation>vários territórios têm este nome: acrescente o lugar onde fica, como as listas de territórios mostram: “Valdivia (Los Ríos)”</translation>
        </message>
        <message>
            <source>the type was read from the organization's name</source>
            <translation>o tipo foi lido do nome da organização</translation>
        </message>
        <message>
            <source>the level of government was read from the organization's name</source>
            <translation>o nível de governo foi lido do nome da organização</translation>
        </message>
        <message>
            <source>the header gives amounts in thousands or millions: multiplied</source>
            <translation>o cabeçalho dá os valores em milhares ou milhões: foram multiplicados</translation>
        </message>
        <message>
            <source>the header gives amounts in thousands or millions: multiplied, although the amount already looked whole: check it</source>
            <translation>o cabeçalho dá os valores em milhares ou milhões: foi multiplicado, embora o valor já parecesse completo: confira</translation>
        </message>
        <message>
            <source>date read from text</source>
            <translation>data lida de um texto</translation>
        </message>
        <message>
            <source>date read from a day number</source>
            <translation>data lida de um número de dia</translation>
        </message>
        <message>
            <source>number read from text</source>
            <translation>número lido de um texto</translation>
        </message>
        <message>
            <source>percentage read from a fraction</source>
            <translation>porcentagem lida de uma fração</translation>
        </message>
        <message>
            <source>choice recognised</source>
            <translation>opção reconhecida</translation>
        </message>
        <message>
            <source>an excused absence: not attended, excused</source>
            <translation>uma ausência justificada: não compareceu, justificado</translation>
        </message>
        <message>
            <source>spaces removed</source>
            <translation>espaços removidos</translation>
        </message>
        <message>
            <source>invisible characters removed</source>
            <translation>caracteres invisíveis removidos</translation>
        </message>
        <message>
            <source>day and month look swapped: check the date order</source>
            <translation>o dia e o mês parecem invertidos: confira a ordem da data</translation>
        </message>
        <message>
            <source>time of day dropped</source>
            <translation>a hora do dia foi descartada</translation>
        </message>
        <message>
            <source>a point or comma before three digits read as a thousands separator</source>
            <translation>um ponto ou uma vírgula antes de três dígitos foi lido como separador de milhar</translation>
        </message>
        <message>
            <source>rounded</source>
            <translation>arredondado</translation>
        </message>
        <message>
            <source>read as yes or no</source>
            <translation>lido como sim ou não</translation>
        </message>
        <message>
            <source>several addresses: the first one kept</source>
            <translation>vários endereços: o primeiro foi mantido</translation>
        </message>
        <message>
            <source>read month first, as the column's other dates are written (03/15/2025)</source>
            <translation>lida com o mês primeiro, como estão escritas as outras datas da coluna (03/15/2025)</translation>
        </message>
        <message>
            <source>read day first, as the column's other dates are written (15/03/2025)</source>
            <translation>lida com o dia primeiro, como estão escritas as outras datas da coluna (15/03/2025)</translation>
        </message>
        <message>
            <source>“M” read as Mujer (woman): the column writes men as H or Hombre</source>
            <translation>“M” lido como Mujer (mulher): a coluna escreve os homens como H ou Hombre</translation>
        </message>
        <message>
            <source>surnames written first: given names put first</source>
            <translation>sobrenomes escritos primeiro: os nomes foram colocados primeiro</translation>
        </message>
        <message>
            <source>identifier read from a number</source>
            <translation>identificador lido de um número</translation>
        </message>
        <message>
            <source>value given in the options</source>
            <translation>valor definido nas opções</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a spreadsheet</source>
            <translation>Importar uma planilha</translation>
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Required</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>e.g. ha, people, %, days</source>
            <translation>ex.: ha, pessoas, %, dias</translation>
        </message>
        <message>
            <source>Whether the indicator should go up or down</source>
            <translation>Se o indicador deve subir ou descer</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>ex.: %1</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidade:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <source>&amp;Baseline:</source>
            <translation>Linha de &amp;base:</translation>
        </message>
        <message>
            <source>Baseline da&amp;te:</source>
            <translation>Data da lin&amp;ha de base:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>&amp;Meta:</translation>
        </message>
        <message>
            <source>Target d&amp;ate:</source>
            <translation>&amp;Data da meta:</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Novo indicador</translation>
        </message>
        <message>
            <source>The target is below the baseline, but the indicator should increase: progress is counted towards the target.</source>
            <translation>A meta está abaixo da linha de base, mas o indicador deveria aumentar: o progresso é contado em direção à meta.</translation>
        </message>
        <message>
            <source>The target is above the baseline, but the indicator should decrease: progress is counted towards the target.</source>
            <translation>A meta está acima da linha de base, mas o indicador deveria diminuir: o progresso é contado em direção à meta.</translation>
        </message>
        <message>
            <source>Create indicator “%1”</source>
            <translation>Criar indicador “%1”</translation>
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
            <translation>Linha de base</translation>
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
            <translation>% da meta atingido</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPanel</name>
        <message>
            <source>&amp;New indicator</source>
            <translation>No&amp;vo indicador</translation>
        </message>
        <message>
            <source>De&amp;lete indicator…</source>
            <translation>Exc&amp;luir indicador…</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>No indicators yet. Fill in the form below to add the first one: what you measure, its baseline and the target you want to reach.</source>
            <translation>Ainda não há indicadores. Preencha o formulário abaixo para adicionar o primeiro: o que é medido, sua linha de base e a meta que se quer alcançar.</translation>
        </message>
        <message>
            <source>Measurements</source>
            <translation>Medições</translation>
        </message>
        <message>
            <source>&amp;Add measurement…</source>
            <translation>Adiciona&amp;r medição…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message numerus="yes">
            <source>Delete the indicator “%1” and its %n measurement(s)?</source>
            <translation>
                <numerusform>Excluir o indicador “%1” e sua %n medição?</numerusform>
                <numerusform>Excluir o indicador “%1” e suas %n medições?</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the indicator “%1”?</source>
            <translation>Excluir o indicador “%1”?</translation>
        </message>
        <message>
            <source>Delete indicator</source>
            <translation>Excluir indicador</translation>
        </message>
        <message>
            <source>Delete indicator “%1”</source>
            <translation>Excluir indicador “%1”</translation>
        </message>
        <message>
            <source>Delete the measurement of %1 of “%2”</source>
            <translation>Excluir a medição de %1 de “%2”</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Não foi possível concluir</translation>
        </message>
        <message>
            <source>You can undo it with %1.</source>
            <translation>É possível desfazer com %1.</translation>
        </message>
    </context>
    <context>
        <name>InitiativeColumns</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
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
            <translation>Gargalos em aberto</translation>
        </message>
    </context>
    <context>
        <name>InitiativeForm</name>
        <message>
            <source>Required</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>Not specified</source>
            <translation>Não especificado</translation>
        </message>
        <message>
            <source>e.g. Coffee, Forestry / timber, Dairy</source>
            <translation>p. ex. Café, Florestal / madeira, Laticínios</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nome:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Focus:</source>
            <translation>&amp;Foco:</translation>
        </message>
        <message>
            <source>Se&amp;ctor:</source>
            <translation>&amp;Setor:</translation>
        </message>
        <message>
            <source>Te&amp;rritory:</source>
            <translation>Te&amp;rritório:</translation>
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
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>Started &amp;on:</source>
            <translation>&amp;Iniciada em:</translation>
        </message>
        <message>
            <source>Con&amp;vener:</source>
            <translation>&amp;Convocante:</translation>
        </message>
        <message>
            <source>Coor&amp;dinator:</source>
            <translation>Coor&amp;denador:</translation>
        </message>
        <message>
            <source>ECLAC's kinds of articulation initiative, or a Peruvian mesa ejecutiva</source>
            <translation>Tipos de iniciativa de articulação da CEPAL, ou uma mesa executiva peruana</translation>
        </message>
        <message>
            <source>The organization that convenes the initiative</source>
            <translation>A organização que convoca a iniciativa</translation>
        </message>
        <message>
            <source>The person who leads the dedicated team</source>
            <translation>A pessoa que lidera a equipe dedicada</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>New initiative</source>
            <translation>Nova iniciativa</translation>
        </message>
        <message>
            <source>Edit initiative</source>
            <translation>Editar iniciativa</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>Choose a person from the list, or leave the field empty.</source>
            <translation>Escolha uma pessoa da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>Around a sector or a production factor</source>
            <translation>Em torno de um setor ou de um fator de produção</translation>
        </message>
        <message>
            <source>Only executive tables (mesas ejecutivas) have a focus</source>
            <translation>Somente as mesas executivas têm foco</translation>
        </message>
        <message>
            <source>Create initiative “%1”</source>
            <translation>Criar iniciativa “%1”</translation>
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
            <translation>Voltar à lista</translation>
        </message>
        <message>
            <source>Back to the list (%1)</source>
            <translation>Voltar à lista (%1)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>E&amp;ditar</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;xcluir…</translation>
        </message>
        <message>
            <source>Territory:</source>
            <translation>Território:</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Agenda:</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>Setor:</translation>
        </message>
        <message>
            <source>Convener:</source>
            <translation>Convocante:</translation>
        </message>
        <message>
            <source>Coordinator:</source>
            <translation>Coordenador:</translation>
        </message>
        <message>
            <source>Started on:</source>
            <translation>Iniciada em:</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Meetings (%n)</source>
            <translation>
                <numerusform>&amp;Sessões (%n)</numerusform>
                <numerusform>&amp;Sessões (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Objective:</source>
            <translation>Objetivo:</translation>
        </message>
        <message>
            <source>focus: %1</source>
            <translation>foco: %1</translation>
        </message>
        <message>
            <source>Less</source>
            <translation>Menos</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mais</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Participants (%n)</source>
            <translation>
                <numerusform>Par&amp;ticipantes (%n)</numerusform>
                <numerusform>Par&amp;ticipantes (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Bottlenecks (%n open)</source>
            <translation>
                <numerusform>&amp;Gargalos (%n aberto)</numerusform>
                <numerusform>&amp;Gargalos (%n abertos)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pl&amp;an</source>
            <translation>Plan&amp;o</translation>
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
            <translation>Não é possível ler o banco de dados</translation>
        </message>
        <message>
            <source>Delete initiative</source>
            <translation>Excluir iniciativa</translation>
        </message>
        <message>
            <source>Delete initiative “%1”</source>
            <translation>Excluir iniciativa “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Não é possível desfazer nem refazer</translation>
        </message>
    </context>
    <context>
        <name>InitiativesListPage</name>
        <message>
            <source>Name or sector</source>
            <translation>Nome ou setor</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Todos os territórios</translation>
        </message>
        <message>
            <source>All agendas</source>
            <translation>Todas as agendas</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filtro de tipo</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de status</translation>
        </message>
        <message>
            <source>Territory filter (includes the places within it)</source>
            <translation>Filtro de território (inclui os locais dentro dele)</translation>
        </message>
        <message>
            <source>Agenda filter</source>
            <translation>Filtro de agenda</translation>
        </message>
        <message>
            <source>&amp;New initiative</source>
            <translation>&amp;Nova iniciativa</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar as linhas da lista, conforme pesquisadas e filtradas, em Excel ou CSV</translation>
        </message>
        <message>
            <source>Double-click an initiative, or press Enter, to open it.</source>
            <translation>Clique duas vezes em uma iniciativa, ou pressione Enter, para abri-la.</translation>
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
            <translation>Nenhuma iniciativa corresponde à busca ou aos filtros.</translation>
        </message>
        <message>
            <source>There are no initiatives yet. Create the first one with “New initiative”.</source>
            <translation>Ainda não há iniciativas. Crie a primeira com “Nova iniciativa”.</translation>
        </message>
    </context>
    <context>
        <name>InviteActions</name>
        <message>
            <source>In&amp;vite</source>
            <translation>Con&amp;vidar</translation>
        </message>
        <message>
            <source>Invite the initiative's participants, people from the directory, or a new person</source>
            <translation>Convidar os participantes da iniciativa, pessoas do diretório ou uma pessoa nova</translation>
        </message>
        <message>
            <source>&amp;All participants</source>
            <translation>&amp;Todos os participantes</translation>
        </message>
        <message>
            <source>Everyone taking part in the initiative on the meeting's date</source>
            <translation>Todos que participam da iniciativa na data da sessão</translation>
        </message>
        <message>
            <source>By &amp;role</source>
            <translation>Por &amp;papel</translation>
        </message>
        <message>
            <source>From the &amp;directory…</source>
            <translation>Do &amp;diretório…</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Nova pessoa…</translation>
        </message>
        <message>
            <source>Invite participants</source>
            <translation>Convidar participantes</translation>
        </message>
        <message>
            <source>This meeting belongs to an agenda, which has no participants: invite people from the directory.</source>
            <translation>Esta sessão pertence a uma agenda, que não tem participantes: convide pessoas do diretório.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody new to invite: %n already invited.</source>
            <translation>
                <numerusform>Ninguém novo para convidar: %n já estava convidado.</numerusform>
                <numerusform>Ninguém novo para convidar: %n já estavam convidados.</numerusform>
            </translation>
        </message>
        <message>
            <source>The initiative has no participants on the meeting's date.</source>
            <translation>A iniciativa não tem participantes na data da sessão.</translation>
        </message>
        <message>
            <source>The initiative has nobody with the role “%1” on the meeting's date.</source>
            <translation>A iniciativa não tem ninguém com o papel “%1” na data da sessão.</translation>
        </message>
        <message numerus="yes">
            <source>Invite %n participant(s)</source>
            <translation>
                <numerusform>Convidar %n participante</numerusform>
                <numerusform>Convidar %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Invite from the directory</source>
            <translation>Convidar do diretório</translation>
        </message>
        <message numerus="yes">
            <source>Invite %n person(s)</source>
            <translation>
                <numerusform>Convidar %n pessoa</numerusform>
                <numerusform>Convidar %n pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>Invite a new person</source>
            <translation>Convidar uma pessoa nova</translation>
        </message>
        <message>
            <source>Invite new person “%1”</source>
            <translation>Convidar a pessoa nova “%1”</translation>
        </message>
        <message>
            <source>Create person “%1”</source>
            <translation>Criar a pessoa “%1”</translation>
        </message>
        <message>
            <source>%1 was added to the directory and invited.</source>
            <translation>%1 agora está no diretório e na lista de convidados.</translation>
        </message>
        <message>
            <source>Remove invitation</source>
            <translation>Remover convite</translation>
        </message>
        <message numerus="yes">
            <source>%n invitation(s) removed (%1 puts them back).</source>
            <translation>
                <numerusform>%n convite removido (%1 o restaura).</numerusform>
                <numerusform>%n convites removidos (%1 os restaura).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n invitation(s)</source>
            <translation>
                <numerusform>Remover %n convite</numerusform>
                <numerusform>Remover %n convites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n convidado</numerusform>
                <numerusform>%n convidados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already invited</source>
            <translation>
                <numerusform>%n já estava convidado</numerusform>
                <numerusform>%n já estavam convidados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvitePeopleDialog</name>
        <message>
            <source>Invite from the directory</source>
            <translation>Convidar a partir do diretório</translation>
        </message>
        <message>
            <source>Name, position, e-mail, phone or ID</source>
            <translation>Nome, cargo, e-mail, telefone ou documento de identidade</translation>
        </message>
        <message>
            <source>&amp;Search the directory:</source>
            <translation>&amp;Buscar no diretório:</translation>
        </message>
        <message>
            <source>&amp;Remove from the selection</source>
            <translation>&amp;Remover da seleção</translation>
        </message>
        <message>
            <source>They sit &amp;as:</source>
            <translation>Participam co&amp;mo:</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 people: type to narrow the list.</source>
            <translation>Exibindo as primeiras %1 de %2 pessoas: digite para restringir a lista.</translation>
        </message>
        <message>
            <source>Nobody in the directory matches. Close and use “New person…” to add them.</source>
            <translation>Ninguém no diretório corresponde. Feche e use “Nova pessoa…” para adicioná-la.</translation>
        </message>
        <message>
            <source>Tick the people to invite: click the box, or press Space or Enter.</source>
            <translation>Marque as pessoas a convidar: clique na caixa ou pressione Espaço ou Enter.</translation>
        </message>
        <message>
            <source>no organization</source>
            <translation>sem organização</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Selected: %n person(s)</source>
            <translation>
                <numerusform>&amp;Seleção: %n pessoa</numerusform>
                <numerusform>&amp;Seleção: %n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Invite %n person(s)</source>
            <translation>
                <numerusform>&amp;Convidar %n pessoa</numerusform>
                <numerusform>&amp;Convidar %n pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Invite</source>
            <translation>&amp;Convidar</translation>
        </message>
    </context>
    <context>
        <name>ItemDevelopment</name>
        <message>
            <source>&amp;Bottlenecks discussed on this item:</source>
            <translation>&amp;Gargalos discutidos neste ponto:</translation>
        </message>
        <message>
            <source>Bottlenecks discussed on this item</source>
            <translation>Gargalos discutidos neste ponto</translation>
        </message>
        <message>
            <source>Choose an item of the agenda to write what was said on it.</source>
            <translation>Escolha um ponto da pauta para escrever o que foi dito sobre ele.</translation>
        </message>
        <message>
            <source>Development of item %1: %2</source>
            <translation>Desenvolvimento do ponto %1: %2</translation>
        </message>
        <message>
            <source>What was presented, discussed and agreed on this item</source>
            <translation>O que foi apresentado, discutido e acordado neste ponto</translation>
        </message>
        <message>
            <source>Nothing was written on this item.</source>
            <translation>Nada foi escrito sobre este ponto.</translation>
        </message>
        <message>
            <source>No bottleneck was linked to this item.</source>
            <translation>Nenhum gargalo foi vinculado a este ponto.</translation>
        </message>
        <message>
            <source>Bottlenecks belong to initiatives: none to link here.</source>
            <translation>Os gargalos pertencem às iniciativas: não há nenhum para vincular aqui.</translation>
        </message>
        <message>
            <source>This initiative has no bottlenecks recorded.</source>
            <translation>Esta iniciativa não tem gargalos registrados.</translation>
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
            <translation>Sociedade civil</translation>
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
            <translation>Feminino</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>Prefers not to say</source>
            <translation>Prefere não informar</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Região</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Província</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Município</translation>
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
            <translation>Coordenador(a)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <source>Technical secretariat</source>
            <translation>Secretaria técnica</translation>
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
            <translation>Rascunho</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validado</translation>
        </message>
        <message>
            <source>In execution</source>
            <translation>Em execução</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Encerrado</translation>
        </message>
        <message>
            <source>Strategic goal (what)</source>
            <translation>Objetivo estratégico (o quê)</translation>
        </message>
        <message>
            <source>Management goal (how)</source>
            <translation>Objetivo de gestão (como)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Cluster</translation>
        </message>
        <message>
            <source>Value chain</source>
            <translation>Cadeia de valor</translation>
        </message>
        <message>
            <source>Local productive system</source>
            <translation>Arranjo produtivo local</translation>
        </message>
        <message>
            <source>Business network</source>
            <translation>Rede empresarial</translation>
        </message>
        <message>
            <source>Supplier development</source>
            <translation>Desenvolvimento de fornecedores</translation>
        </message>
        <message>
            <source>Executive table (mesa ejecutiva)</source>
            <translation>Mesa executiva</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Production factor</source>
            <translation>Fator de produção</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausado</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Regulação</translation>
        </message>
        <message>
            <source>Functions and procedures</source>
            <translation>Funções e procedimentos</translation>
        </message>
        <message>
            <source>Infrastructure</source>
            <translation>Infraestrutura</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <source>Human capital</source>
            <translation>Capital humano</translation>
        </message>
        <message>
            <source>Technology</source>
            <translation>Tecnologia</translation>
        </message>
        <message>
            <source>Market access</source>
            <translation>Acesso a mercados</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coordenação</translation>
        </message>
        <message>
            <source>Identified</source>
            <translation>Identificado</translation>
        </message>
        <message>
            <source>Solution agreed</source>
            <translation>Solução acordada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Em andamento</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolvido</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartado</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprovado</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Não iniciado</translation>
        </message>
        <message>
            <source>Delayed</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
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
            <translation>Cooperação internacional</translation>
        </message>
        <message>
            <source>Increase</source>
            <translation>Aumentar</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>Diminuir</translation>
        </message>
        <message>
            <source>Ordinary session</source>
            <translation>Sessão ordinária</translation>
        </message>
        <message>
            <source>Extraordinary session</source>
            <translation>Sessão extraordinária</translation>
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
            <translation>Agendada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Ata aprovada</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificou</translation>
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
            <translation>Peru</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>Chile</translation>
        </message>
        <message>
            <source>Other country</source>
            <translation>Outro país</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV text, for any spreadsheet (*.csv)</source>
            <translation>Texto CSV, para qualquer planilha (*.csv)</translation>
        </message>
        <message>
            <source>Export list</source>
            <translation>Exportar lista</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
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
            <translation>Todos os tipos de ator</translation>
        </message>
        <message>
            <source>All government levels</source>
            <translation>Todos os níveis de governo</translation>
        </message>
        <message>
            <source>All territories</source>
            <translation>Todos os territórios</translation>
        </message>
        <message>
            <source>Actor type filter</source>
            <translation>Filtro por tipo de ator</translation>
        </message>
        <message>
            <source>Government level filter</source>
            <translation>Filtro por nível de governo</translation>
        </message>
        <message>
            <source>Territory filter (includes the places within it)</source>
            <translation>Filtro por território (inclui os locais que ele abrange)</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar as linhas da lista, conforme pesquisadas e filtradas, em Excel ou CSV</translation>
        </message>
        <message>
            <source>Delete “%1”? You can undo this with %2.</source>
            <translation>Excluir “%1”? Você pode desfazer isso com %2.</translation>
        </message>
    </context>
    <context>
        <name>LockBanner</name>
        <message>
            <source>Minutes approved on %1 by %2. They are read-only; reopening them is recorded.</source>
            <translation>Ata aprovada em %1 por %2. É somente leitura; a reabertura fica registrada.</translation>
        </message>
        <message>
            <source>Minutes approved on %1. They are read-only; reopening them is recorded.</source>
            <translation>Ata aprovada em %1. É somente leitura; a reabertura fica registrada.</translation>
        </message>
        <message>
            <source>Cancelled on %1 by %2.</source>
            <translation>Cancelada em %1 por %2.</translation>
        </message>
        <message>
            <source>Cancelled on %1.</source>
            <translation>Cancelada em %1.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motivo: %1</translation>
        </message>
        <message>
            <source>It is read-only; reinstate it to change it.</source>
            <translation>É somente leitura; restabeleça-a para alterá-la.</translation>
        </message>
        <message>
            <source>Minutes reopened on %1 by %2: “%3”. Approve them again when done.</source>
            <translation>Ata reaberta em %1 por %2: “%3”. Aprove-a novamente ao terminar.</translation>
        </message>
        <message>
            <source>Minutes reopened on %1: “%3”. Approve them again when done.</source>
            <translation>Ata reaberta em %1: “%3”. Aprove-a novamente ao terminar.</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Etapa</translation>
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
            <translation>Histórico de %1</translation>
        </message>
        <message>
            <source>Created: %1</source>
            <translation>Criada: %1</translation>
        </message>
        <message>
            <source>Minutes reopened</source>
            <translation>Ata reaberta</translation>
        </message>
    </context>
    <context>
        <name>LogoField</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Esc&amp;olher…</translation>
        </message>
        <message>
            <source>A PNG or JPEG picture, printed on every PDF</source>
            <translation>Uma imagem PNG ou JPEG, impressa em cada PDF</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remover</translation>
        </message>
        <message>
            <source>Logo for documents</source>
            <translation>Logotipo para os documentos</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>“%1” is not a picture AgencyDesk can read. Choose a PNG or JPEG file (save it as PNG from your drawing or photo program).</source>
            <translation>“%1” não é uma imagem que o AgencyDesk consiga ler. Escolha um arquivo PNG ou JPEG (salve-o como PNG no seu programa de desenho ou de fotos).</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sem logotipo</translation>
        </message>
        <message>
            <source>The logo file is missing</source>
            <translation>O arquivo do logotipo não foi encontrado</translation>
        </message>
    </context>
    <context>
        <name>MainToolBar</name>
        <message>
            <source>Main toolbar</source>
            <translation>Barra de ferramentas principal</translation>
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
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Início</translation>
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
            <translation>Planos de ação</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Atores</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Novo banco de dados…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir banco de dados…</translation>
        </message>
        <message>
            <source>Open the &amp;demo data</source>
            <translation>Abrir os dados de &amp;demonstração</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>&amp;Histórico de importações…</translation>
        </message>
        <message>
            <source>Download a &amp;template…</source>
            <translation>Baixar um &amp;modelo…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Novo</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Localizar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;xcluir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guia do usuário</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Abrir a pasta de &amp;registros</translation>
        </message>
        <message>
            <source>&amp;About AgencyDesk</source>
            <translation>&amp;Sobre o AgencyDesk</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Banco de dados: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organização</numerusform>
                <numerusform>%n organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
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
            <translation>Abrir banco de dados</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Novo banco de dados</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name, or open it instead.</source>
            <translation>%1 já existe. Escolha outro nome ou, em vez disso, abra esse arquivo.</translation>
        </message>
        <message>
            <source>About AgencyDesk</source>
            <translation>Sobre o AgencyDesk</translation>
        </message>
        <message>
            <source>AgencyDesk %1

The workspace of a productive-development office: actors, agendas, mesas, action plans and minutes, on this computer.</source>
            <translation>AgencyDesk %1

O espaço de trabalho de um escritório de desenvolvimento produtivo: atores, agendas, mesas de trabalho, planos de ação e atas, neste computador.</translation>
        </message>
    </context>
    <context>
        <name>MeasurementDialog</name>
        <message>
            <source>Add a measurement</source>
            <translation>Adicionar uma medição</translation>
        </message>
        <message>
            <source>Edit a measurement</source>
            <translation>Editar uma medição</translation>
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
            <translation>Quem informou, ex.: uma pesquisa ou um registro</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Data:</translation>
        </message>
        <message>
            <source>&amp;Value:</source>
            <translation>&amp;Valor:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>F&amp;onte:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>New measurement of “%1”</source>
            <translation>Nova medição de “%1”</translation>
        </message>
        <message>
            <source>Measurement of “%1”</source>
            <translation>Medição de “%1”</translation>
        </message>
        <message>
            <source>Add a measurement to “%1”</source>
            <translation>Adicionar uma medição a “%1”</translation>
        </message>
        <message>
            <source>Edit a measurement of “%1”</source>
            <translation>Editar uma medição de “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeasurementTable</name>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
    </context>
    <context>
        <name>MeasurementsChart</name>
        <message>
            <source>Chart of the measurements</source>
            <translation>Gráfico das medições</translation>
        </message>
        <message>
            <source>Save the indicator, then add its measurements.</source>
            <translation>Salve o indicador e depois adicione suas medições.</translation>
        </message>
        <message>
            <source>Choose an indicator to see its measurements over time.</source>
            <translation>Escolha um indicador para ver suas medições ao longo do tempo.</translation>
        </message>
        <message>
            <source>No measurements yet. Add the first one with “Add measurement…” and the chart will show how the indicator moves towards its target.</source>
            <translation>Ainda não há medições. Adicione a primeira com “Adicionar medição…” e o gráfico mostrará como o indicador avança em direção à meta.</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Medido</translation>
        </message>
        <message>
            <source>Baseline: %1</source>
            <translation>Linha de base: %1</translation>
        </message>
        <message>
            <source>Target: %1</source>
            <translation>Meta: %1</translation>
        </message>
        <message>
            <source>Target: %1 by %2</source>
            <translation>Meta: %1 até %2</translation>
        </message>
    </context>
    <context>
        <name>MeetingColumns</name>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa ou agenda</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attended / invited</source>
            <translation>Presentes / convidados</translation>
        </message>
        <message>
            <source>Agreements open / total</source>
            <translation>Acordos em aberto / total</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>New meeting</source>
            <translation>Nova sessão</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima sessão</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Editar sessão</translation>
        </message>
    </context>
    <context>
        <name>MeetingForm</name>
        <message>
            <source>Sessions are numbered per initiative or agenda; the next free number is proposed</source>
            <translation>As sessões são numeradas por iniciativa ou agenda; o próximo número livre é sugerido</translation>
        </message>
        <message>
            <source>Required, e.g. Third ordinary session</source>
            <translation>Obrigatório, ex.: Terceira sessão ordinária</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Horário de início</translation>
        </message>
        <message>
            <source>at</source>
            <translation>às</translation>
        </message>
        <message>
            <source>the same day; optional</source>
            <translation>no mesmo dia; opcional</translation>
        </message>
        <message>
            <source>e.g. Municipal auditorium, or the video-call link</source>
            <translation>ex.: Auditório municipal, ou o link da videochamada</translation>
        </message>
        <message>
            <source>The organization that convenes the session</source>
            <translation>A organização que convoca a sessão</translation>
        </message>
        <message>
            <source>The date agreed for the next session, if any (it is proposed for it)</source>
            <translation>A data combinada para a próxima sessão, se houver (ela será sugerida para essa sessão)</translation>
        </message>
        <message>
            <source>Initiative or a&amp;genda:</source>
            <translation>Iniciativa ou a&amp;genda:</translation>
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
            <translation>&amp;Modalidade:</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Data e horário:</translation>
        </message>
        <message>
            <source>&amp;Ends at:</source>
            <translation>Horário de té&amp;rmino:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Local:</translation>
        </message>
        <message>
            <source>Con&amp;vener:</source>
            <translation>&amp;Convocante:</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting on:</source>
            <translation>Data da pró&amp;xima sessão:</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nova sessão</translation>
        </message>
        <message>
            <source>Next meeting after session %1</source>
            <translation>Próxima sessão após a sessão %1</translation>
        </message>
        <message>
            <source>Edit meeting %1</source>
            <translation>Editar sessão %1</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>Write the time as hours:minutes, such as 9:30 or 15:00.</source>
            <translation>Escreva o horário como horas:minutos, por exemplo 9:30 ou 15:00.</translation>
        </message>
        <message>
            <source>Write the time it starts, such as 9:30.</source>
            <translation>Escreva o horário de início, por exemplo 9:30.</translation>
        </message>
        <message>
            <source>It cannot end before it starts.</source>
            <translation>Não pode terminar antes de começar.</translation>
        </message>
        <message>
            <source>Create meeting “%1”</source>
            <translation>Criar sessão “%1”</translation>
        </message>
        <message>
            <source>Create the next meeting “%1”</source>
            <translation>Criar a próxima sessão “%1”</translation>
        </message>
        <message>
            <source>Edit meeting “%1”</source>
            <translation>Editar sessão “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>All &amp;meetings</source>
            <translation>&amp;Todas as sessões</translation>
        </message>
        <message>
            <source>&amp;Next meeting…</source>
            <translation>&amp;Próxima sessão…</translation>
        </message>
        <message>
            <source>Plan the next session: same place and invitees, the next number</source>
            <translation>Agendar a próxima sessão: mesmo local e convidados, com o número seguinte</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>E&amp;xcluir…</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Back to the list of meetings (%1)</source>
            <translation>Voltar à lista de sessões (%1)</translation>
        </message>
        <message>
            <source>Log…</source>
            <translation>Histórico…</translation>
        </message>
        <message>
            <source>Every step of the meeting: when, who and why</source>
            <translation>Cada etapa da sessão: quando, quem e por quê</translation>
        </message>
        <message>
            <source>Session %1 · %2</source>
            <translation>Sessão nº %1 · %2</translation>
        </message>
        <message>
            <source>Convened by %1</source>
            <translation>Convocada por %1</translation>
        </message>
        <message>
            <source>Next meeting: %1</source>
            <translation>Próxima sessão: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
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
            <translation>A ata está aprovada: reabra-a para editar a sessão</translation>
        </message>
        <message>
            <source>The meeting is cancelled: reinstate it to edit it</source>
            <translation>A sessão está cancelada: restabeleça-a para editá-la</translation>
        </message>
        <message>
            <source>Edit the meeting's date, place, convener…</source>
            <translation>Editar data, local, convocante… da sessão</translation>
        </message>
        <message>
            <source>Approved minutes cannot be deleted; reopen them first</source>
            <translation>Uma ata aprovada não pode ser excluída; reabra-a primeiro</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>Pre&amp;sença</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Attendance (%n invited)</source>
            <translation>
                <numerusform>Pre&amp;sença (%n convidado)</numerusform>
                <numerusform>Pre&amp;sença (%n convidados)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Attendance (%1/%2)</source>
            <translation>Pre&amp;sença (%1/%2)</translation>
        </message>
        <message>
            <source>Agenda and m&amp;inutes</source>
            <translation>Pa&amp;uta e ata</translation>
        </message>
        <message numerus="yes">
            <source>A&amp;greements (%1 · %n open)</source>
            <translation>
                <numerusform>A&amp;cordos (%1 · %n em aberto)</numerusform>
                <numerusform>A&amp;cordos (%1 · %n em aberto)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A&amp;greements (%n)</source>
            <translation>
                <numerusform>A&amp;cordos (%n)</numerusform>
                <numerusform>A&amp;cordos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima sessão</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Excluir sessão</translation>
        </message>
        <message>
            <source>Delete meeting “%1”</source>
            <translation>Excluir a sessão “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeetingParts</name>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Session No. %1</source>
            <translation>Sessão nº %1</translation>
        </message>
        <message>
            <source>%1 No. %2</source>
            <translation>%1 nº %2</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Time:</source>
            <translation>Horário:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Local:</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <source>Modality:</source>
            <translation>Modalidade:</translation>
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
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>Não é possível ler o banco de dados</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Excluir sessão</translation>
        </message>
        <message>
            <source>Delete meeting “%1”</source>
            <translation>Excluir a sessão “%1”</translation>
        </message>
    </context>
    <context>
        <name>MeetingsListPage</name>
        <message>
            <source>Title or place</source>
            <translation>Título ou local</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All initiatives and agendas</source>
            <translation>Todas as iniciativas e agendas</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <source>Upcoming and past</source>
            <translation>Próximas e passadas</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Próximas</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Passadas</translation>
        </message>
        <message>
            <source>Initiative or agenda filter</source>
            <translation>Filtro por iniciativa ou agenda</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro por status</translation>
        </message>
        <message>
            <source>Upcoming or past</source>
            <translation>Próximas ou passadas</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Nova sessão</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar as linhas da lista, conforme pesquisadas e filtradas, em Excel ou CSV</translation>
        </message>
        <message>
            <source>Double-click a meeting, or press Enter, to open it.</source>
            <translation>Clique duas vezes em uma sessão, ou pressione Enter, para abri-la.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Agenda: %1</source>
            <translation>Agenda: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) found</source>
            <translation>
                <numerusform>%n sessão encontrada</numerusform>
                <numerusform>%n sessões encontradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n sessão</numerusform>
                <numerusform>%n sessões</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting matches the search or the filters.</source>
            <translation>Nenhuma sessão corresponde à pesquisa ou aos filtros.</translation>
        </message>
        <message>
            <source>There are no meetings yet. Plan the first one with “New meeting”, here or from an initiative's Meetings tab.</source>
            <translation>Ainda não há sessões. Agende a primeira com “Nova sessão”, aqui ou na aba Sessões de uma iniciativa.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
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
            <translation>Status</translation>
        </message>
        <message>
            <source>Attended / invited</source>
            <translation>Presentes / convidados</translation>
        </message>
        <message>
            <source>Agreements open / total</source>
            <translation>Acordos em aberto / total</translation>
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation>&amp;Nova sessão</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ab&amp;rir</translation>
        </message>
        <message>
            <source>Double-click a meeting, or press Enter, to open it.</source>
            <translation>Clique duas vezes em uma sessão, ou pressione Enter, para abri-la.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n sessão</numerusform>
                <numerusform>%n sessões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned</source>
            <translation>
                <numerusform>%n agendada</numerusform>
                <numerusform>%n agendadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held or closed</source>
            <translation>
                <numerusform>%n realizada ou encerrada</numerusform>
                <numerusform>%n realizadas ou encerradas</numerusform>
            </translation>
        </message>
        <message>
            <source>No meetings yet. Plan the first session with “New meeting”.</source>
            <translation>Ainda não há sessões. Agende a primeira com “Nova sessão”.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{url} is not a database AgencyDesk can open. Give a file, or a server's database as postgresql://user@server/database.</source>
            <translation>{url} não é um banco de dados que o AgencyDesk consiga abrir. Informe um arquivo, ou um banco de dados de um servidor no formato postgresql://usuario@servidor/banco.</translation>
        </message>
        <message>
            <source>This AgencyDesk cannot open databases on a PostgreSQL server: its driver is missing. Install it with: pip install "agencydesk[postgres]".</source>
            <translation>Este AgencyDesk não consegue abrir bancos de dados em um servidor PostgreSQL: falta o driver. Instale-o com: pip install "agencydesk[postgres]".</translation>
        </message>
        <message>
            <source>The database server {server} cannot be reached ({reason}). Check that the server is on and that this computer is on the office network, then try again.</source>
            <translation>Não é possível acessar o servidor de banco de dados {server} ({reason}). Verifique se o servidor está ligado e se este computador está na rede do escritório e tente novamente.</translation>
        </message>
        <message>
            <source>The server {server} refused the login of user {user}: the user name or the password is wrong, or this computer may not connect. Check them with the server's administrator.</source>
            <translation>O servidor {server} recusou o login do usuário {user}: o nome de usuário ou a senha estão errados, ou este computador não tem permissão para se conectar. Verifique-os com o administrador do servidor.</translation>
        </message>
        <message>
            <source>The server {server} has no database called {database}. Ask the server's administrator to create it, empty: AgencyDesk creates its tables the first time.</source>
            <translation>O servidor {server} não tem nenhum banco de dados chamado {database}. Peça ao administrador do servidor que o crie, vazio: o AgencyDesk cria suas tabelas na primeira vez.</translation>
        </message>
        <message>
            <source>User {user} may not create AgencyDesk's tables in the database {database} on {server}. Ask the server's administrator to make {user} its owner.</source>
            <translation>O usuário {user} não tem permissão para criar as tabelas do AgencyDesk no banco de dados {database} em {server}. Peça ao administrador do servidor que torne {user} proprietário desse banco de dados.</translation>
        </message>
        <message>
            <source>The database {database} on {server} stores text as {encoding}, and AgencyDesk needs UTF8 (accented names would be lost). Ask the server's administrator to create it with the UTF8 encoding.</source>
            <translation>O banco de dados {database} em {server} armazena o texto como {encoding}, e o AgencyDesk precisa de UTF8 (os acentos dos nomes seriam perdidos). Peça ao administrador do servidor que o crie com a codificação UTF8.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost; what you were saving was not saved. Check the network and try again.</source>
            <translation>A conexão com o servidor de banco de dados foi perdida; o que você estava salvando não foi salvo. Verifique a rede e tente novamente.</translation>
        </message>
        <message>
            <source>The server {server} runs PostgreSQL {version}; AgencyDesk needs version 13 or newer. Ask the server's administrator to upgrade it.</source>
            <translation>O servidor {server} executa o PostgreSQL {version}; o AgencyDesk precisa da versão 13 ou mais recente. Peça ao administrador do servidor que o atualize.</translation>
        </message>
        <message>
            <source>The database {path} is read-only, so AgencyDesk cannot save to it; nothing was changed. If it is on a CD or a write-protected USB stick, copy it to your Documents folder and open the copy; otherwise allow writing to the file (its Properties) and try again.</source>
            <translation>O banco de dados {path} é somente leitura, por isso o AgencyDesk não pode salvar nele; nada foi alterado. Se ele estiver em um CD ou em um pendrive protegido contra gravação, copie-o para a sua pasta Documentos e abra a cópia; caso contrário, permita a gravação no arquivo (nas Propriedades dele) e tente novamente.</translation>
        </message>
        <message>
            <source>AgencyDesk cannot write in the folder {folder}, and it needs to keep its working files next to the database {path}. Copy the database to a folder you can write to, such as Documents, and open the copy.</source>
            <translation>O AgencyDesk não consegue gravar na pasta {folder} e precisa manter seus arquivos de trabalho junto ao banco de dados {path}. Copie o banco de dados para uma pasta onde você possa gravar, como Documentos, e abra a cópia.</translation>
        </message>
        <message>
            <source>AgencyDesk could not write to the database {path}: the disk reported an error (was a USB stick or a network drive disconnected?). The last change was not saved; what was saved before is safe. Reconnect the disk and open the database again.</source>
            <translation>O AgencyDesk não conseguiu gravar no banco de dados {path}: o disco informou um erro (um pendrive ou uma unidade de rede foi desconectado?). A última alteração não foi salva; o que foi salvo antes está seguro. Reconecte o disco e abra o banco de dados novamente.</translation>
        </message>
        <message>
            <source>The database {path} is already open in another AgencyDesk on this computer (since {since}, process {pid}). Close that AgencyDesk first, then try again; if it does not respond, end the process {pid}.</source>
            <translation>O banco de dados {path} já está aberto em outro AgencyDesk neste computador (desde {since}, processo {pid}). Feche primeiro esse AgencyDesk e tente novamente; se ele não responder, encerre o processo {pid}.</translation>
        </message>
        <message>
            <source>The database {path} is open in AgencyDesk on the computer {host} (since {since}). Only one AgencyDesk at a time may work on a database: close it on {host}, then try again. If {host} was switched off without closing AgencyDesk, the database becomes free {minutes} minutes after {host} last used it ({seen}).</source>
            <translation>O banco de dados {path} está aberto no AgencyDesk do computador {host} (desde {since}). Só um AgencyDesk por vez pode trabalhar em um banco de dados: feche-o em {host} e tente novamente. Se {host} foi desligado sem fechar o AgencyDesk, o banco de dados fica livre {minutes} minutos depois da última vez que {host} o usou ({seen}).</translation>
        </message>
        <message>
            <source>The database {path} is already open in another AgencyDesk window; that window was brought to the front.</source>
            <translation>O banco de dados {path} já está aberto em outra janela do AgencyDesk; essa janela foi trazida para a frente.</translation>
        </message>
        <message>
            <source>The file {name} is not an AgencyDesk exchange file (those are written by File &gt; Exchange &gt; Export and end in .agencydesk). Nothing was imported.</source>
            <translation>O arquivo {name} não é um arquivo de intercâmbio do AgencyDesk (esses são gerados em Arquivo &gt; Intercâmbio &gt; Exportar e terminam em .agencydesk). Nada foi importado.</translation>
        </message>
        <message>
            <source>The exchange file {name} was written by a newer version of AgencyDesk. Update AgencyDesk to import it; nothing was imported.</source>
            <translation>O arquivo de intercâmbio {name} foi gravado por uma versão mais recente do AgencyDesk. Atualize o AgencyDesk para importá-lo; nada foi importado.</translation>
        </message>
        <message>
            <source>The exchange file {name} holds an entry with a forbidden name ({entry}), as attacks use, and was not read. Ask for the file again.</source>
            <translation>O arquivo de intercâmbio {name} contém uma entrada com um nome proibido ({entry}), como os usados em ataques, e não foi lido. Peça o arquivo novamente.</translation>
        </message>
        <message>
            <source>The exchange file {name} would expand to more than {limit} MB (a "zip bomb") and was not read. Ask for the file again.</source>
            <translation>O arquivo de intercâmbio {name} se expandiria para mais de {limit} MB (uma "bomba zip") e não foi lido. Peça o arquivo novamente.</translation>
        </message>
        <message>
            <source>The exchange file {name} is damaged or was changed by hand ({where}) and was not read; nothing was imported. Ask for the file again.</source>
            <translation>O arquivo de intercâmbio {name} está danificado ou foi alterado manualmente ({where}) e não foi lido; nada foi importado. Peça o arquivo novamente.</translation>
        </message>
        <message>
            <source>The exchange file {name} was written by this same database, or by a copy of its file: there is nothing to merge. An exchange is between the databases of two offices.</source>
            <translation>O arquivo de intercâmbio {name} foi gerado por este mesmo banco de dados, ou por uma cópia do arquivo dele: não há nada a mesclar. Um intercâmbio é feito entre os bancos de dados de dois escritórios.</translation>
        </message>
        <message>
            <source>The exchange file holds a record this database cannot accept ({reason}); nothing was imported.</source>
            <translation>O arquivo de intercâmbio contém um registro que este banco de dados não pode aceitar ({reason}); nada foi importado.</translation>
        </message>
        <message>
            <source>There is no initiative number {initiative}.</source>
            <translation>Não existe a iniciativa número {initiative}.</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>é uma pasta</translation>
        </message>
        <message>
            <source>the folder does not exist</source>
            <translation>a pasta não existe</translation>
        </message>
        <message>
            <source>you do not have permission to write there</source>
            <translation>você não tem permissão para gravar aí</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>o disco é somente leitura</translation>
        </message>
        <message>
            <source>the file is open in another program: close it and try again</source>
            <translation>o arquivo está aberto em outro programa: feche-o e tente de novo</translation>
        </message>
        <message>
            <source>you do not have permission to read it</source>
            <translation>você não tem permissão para lê-lo</translation>
        </message>
        <message>
            <source>it is open in another program</source>
            <translation>está aberto em outro programa</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of AgencyDesk. Update AgencyDesk to open it; nothing in it was changed.</source>
            <translation>O banco de dados {path} foi gravado por uma versão mais recente do AgencyDesk. Atualize o AgencyDesk para abri-lo; nada nele foi alterado.</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: {reason}</source>
            <translation>Não é possível abrir o banco de dados {path}: {reason}</translation>
        </message>
        <message>
            <source>The file {path} is not an AgencyDesk database.</source>
            <translation>O arquivo {path} não é um banco de dados do AgencyDesk.</translation>
        </message>
        <message>
            <source>The database is busy in another window or program. Close it and try again.</source>
            <translation>O banco de dados está em uso em outra janela ou programa. Feche essa janela ou programa e tente novamente.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was lost.</source>
            <translation>O disco está cheio. Libere algum espaço e tente novamente; nada foi perdido.</translation>
        </message>
        <message>
            <source>What you were working on was deleted in the meantime.</source>
            <translation>O que você estava editando foi excluído nesse meio-tempo.</translation>
        </message>
        <message>
            <source>{name} cannot be deleted: it is used by {usages}.</source>
            <translation>Não é possível excluir {name}: há registros vinculados ({usages}).</translation>
        </message>
        <message>
            <source>This step is not possible from the bottleneck's current status.</source>
            <translation>Esta etapa não é possível a partir do status atual do gargalo.</translation>
        </message>
        <message>
            <source>This step is not possible from the meeting's current status.</source>
            <translation>Esta etapa não é possível a partir do status atual da sessão.</translation>
        </message>
        <message>
            <source>The minutes of {title} are approved and cannot be changed. Reopen them first (the reopening is recorded).</source>
            <translation>A ata de “{title}” está aprovada e não pode ser alterada. Reabra-a primeiro (a reabertura fica registrada).</translation>
        </message>
        <message>
            <source>{title} was cancelled and cannot be changed. Reinstate it first.</source>
            <translation>A sessão “{title}” foi cancelada e não pode ser alterada. Restabeleça-a primeiro.</translation>
        </message>
        <message>
            <source>Some fields are not valid. Check the fields marked in red.</source>
            <translation>Alguns campos não são válidos. Verifique os campos marcados em vermelho.</translation>
        </message>
        <message>
            <source>Unknown list {entity}.</source>
            <translation>Lista desconhecida: {entity}.</translation>
        </message>
        <message>
            <source>The file must end in .json, .csv or .xlsx ({path}).</source>
            <translation>O arquivo deve terminar em .json, .csv ou .xlsx ({path}).</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Não é possível gravar {path}: {reason}</translation>
        </message>
        <message>
            <source>A template is an Excel workbook: the file name must end in .xlsx ({path}).</source>
            <translation>Um modelo é uma pasta de trabalho do Excel: o nome do arquivo deve terminar em .xlsx ({path}).</translation>
        </message>
        <message>
            <source>The database {path} already has data; the demo needs an empty database.</source>
            <translation>O banco de dados {path} já contém dados; a demonstração precisa de um banco de dados vazio.</translation>
        </message>
        <message>
            <source>This database is on a server: the server's administrator backs it up, not AgencyDesk.</source>
            <translation>Este banco de dados está em um servidor: as cópias de segurança dele são feitas pelo administrador do servidor, não pelo AgencyDesk.</translation>
        </message>
        <message>
            <source>This database has no backups folder (the demo data is not backed up).</source>
            <translation>Este banco de dados não tem pasta de cópias de segurança (não são feitas cópias dos dados de demonstração).</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {reason}</source>
            <translation>Não foi possível gravar a cópia de segurança em {folder}: {reason}</translation>
        </message>
        <message>
            <source>The backup of {path} did not pass SQLite's integrity check ({problem}) and was not kept. The database itself may be damaged.</source>
            <translation>A cópia de segurança de {path} não passou na verificação de integridade do SQLite ({problem}) e não foi mantida. O próprio banco de dados pode estar danificado.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged ({problem}) and cannot be restored. Choose another one.</source>
            <translation>A cópia de segurança {path} está danificada ({problem}) e não pode ser restaurada. Escolha outra.</translation>
        </message>
        <message>
            <source>The backup {path} does not exist (it may have been moved or deleted).</source>
            <translation>A cópia de segurança {path} não existe (pode ter sido movida ou excluída).</translation>
        </message>
        <message>
            <source>The backup could not be put in place of {path}: {reason}. The database was not changed.</source>
            <translation>Não foi possível colocar a cópia de segurança no lugar de {path}: {reason}. O banco de dados não foi alterado.</translation>
        </message>
        <message>
            <source>The sheet has no column for the required field {field} of {kind}; add the column (or map one to it) and try again.</source>
            <translation>A aba não tem uma coluna para o campo obrigatório {field} de {kind}; adicione a coluna (ou associe uma a esse campo) e tente novamente.</translation>
        </message>
        <message>
            <source>The file has no sheet named {sheet}. Its sheets: {sheets}.</source>
            <translation>O arquivo não tem nenhuma aba chamada {sheet}. Suas abas: {sheets}.</translation>
        </message>
        <message>
            <source>The import of {file} cannot be undone: what it created is now used by {usages}.</source>
            <translation>A importação de {file} não pode ser desfeita: o que ela criou agora é usado por {usages}.</translation>
        </message>
        <message>
            <source>The import of {file} was already undone ({when}).</source>
            <translation>A importação de {file} já foi desfeita ({when}).</translation>
        </message>
        <message>
            <source>{count} action plans are called {plan}; give the plan's number instead.</source>
            <translation>Há {count} planos de ação chamados {plan}; informe o número do plano.</translation>
        </message>
        <message>
            <source>Importing {kind} needs an action plan: choose one.</source>
            <translation>Para importar {kind} é preciso um plano de ação: escolha um.</translation>
        </message>
        <message>
            <source>There is no action plan number {plan}.</source>
            <translation>Não existe o plano de ação número {plan}.</translation>
        </message>
        <message>
            <source>Importing {kind} needs a meeting: choose one.</source>
            <translation>Para importar {kind} é preciso uma sessão: escolha uma.</translation>
        </message>
        <message>
            <source>There is no meeting number {meeting}.</source>
            <translation>Não existe a sessão número {meeting}.</translation>
        </message>
        <message>
            <source>The file {name} does not exist (it may have been moved, renamed or deleted).</source>
            <translation>O arquivo {name} não existe (pode ter sido movido, renomeado ou excluído).</translation>
        </message>
        <message>
            <source>The file {name} is empty (0 bytes). Ask for the file again.</source>
            <translation>O arquivo {name} está vazio (0 bytes). Peça o arquivo novamente.</translation>
        </message>
        <message>
            <source>The file {name} cannot be opened: {reason}. Close it in other programs and try again.</source>
            <translation>Não é possível abrir o arquivo {name}: {reason}. Feche-o em outros programas e tente novamente.</translation>
        </message>
        <message>
            <source>The workbook {name} is protected with a password, so it cannot be read. Open it in Excel, enter the password, remove it (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave the box empty), save it and import it again.</source>
            <translation>O arquivo {name} está protegido por senha, por isso não pode ser lido. Abra-o no Excel, digite a senha, remova-a (Arquivo &gt; Informações &gt; Proteger Pasta de Trabalho &gt; Criptografar com Senha, deixe a caixa vazia), salve-o e importe-o novamente.</translation>
        </message>
        <message>
            <source>The file {name} is damaged or incomplete and cannot be read. Ask for the file again.</source>
            <translation>O arquivo {name} está danificado ou incompleto e não pode ser lido. Peça o arquivo novamente.</translation>
        </message>
        <message>
            <source>The file {name} is not a spreadsheet AgencyDesk can read. Import .xlsx, .xlsm, .xls, .ods, .csv or .txt files: open it in Excel or LibreOffice and save it as .xlsx.</source>
            <translation>O arquivo {name} não é uma planilha que o AgencyDesk consiga ler. Importe arquivos .xlsx, .xlsm, .xls, .ods, .csv ou .txt: abra-o no Excel ou no LibreOffice e salve-o como .xlsx.</translation>
        </message>
        <message>
            <source>The file {name} contains forbidden XML (a DTD or entity declarations, used in attacks) and was not read. Open it in Excel or LibreOffice, save a new copy and import that.</source>
            <translation>O arquivo {name} contém XML proibido (uma DTD ou declarações de entidades, usadas em ataques) e não foi lido. Abra-o no Excel ou no LibreOffice, salve uma nova cópia e importe essa cópia.</translation>
        </message>
        <message>
            <source>The file {name} would expand to far more data than a spreadsheet holds (a "zip bomb") and was not read. Ask for the file again.</source>
            <translation>O arquivo {name} se expandiria para muito mais dados do que cabe em uma planilha (uma "bomba zip") e não foi lido. Peça o arquivo novamente.</translation>
        </message>
        <message>
            <source>The sheet {sheet} of {name} has more than {limit} rows with data, the most one import takes. Split it into smaller files.</source>
            <translation>A aba {sheet} de {name} tem mais de {limit} linhas com dados, o máximo que uma importação aceita. Divida-a em arquivos menores.</translation>
        </message>
        <message>
            <source>Reading {name} took more than {seconds} seconds and was stopped. Save only the sheet you need, or split it into smaller files.</source>
            <translation>A leitura de {name} levou mais de {seconds} segundos e foi interrompida. Salve só a aba de que você precisa ou divida-a em arquivos menores.</translation>
        </message>
        <message>
            <source>The file {name} needs more memory to read than one import may use. Save only the sheet you need, or split it into smaller files.</source>
            <translation>Para ler o arquivo {name} é preciso mais memória do que uma importação pode usar. Salve só a aba de que você precisa ou divida-a em arquivos menores.</translation>
        </message>
        <message>
            <source>No sheet could be read in {name}. If it was saved as "Strict Open XML", open it in Excel and save it as an ordinary Excel workbook (.xlsx).</source>
            <translation>Não foi possível ler nenhuma aba de {name}. Se ele foi salvo como "Strict Open XML", abra-o no Excel e salve-o como uma pasta de trabalho comum do Excel (.xlsx).</translation>
        </message>
        <message>
            <source>AgencyDesk could not read {name}: the reader stopped on it. Open it in Excel or LibreOffice, save it as .xlsx and import that file.</source>
            <translation>O AgencyDesk não conseguiu ler {name}: a leitura deste arquivo falhou. Abra-o no Excel ou no LibreOffice, salve-o como .xlsx e importe esse arquivo.</translation>
        </message>
        <message>
            <source>Importing is disabled: the defusedxml package, which protects against malicious files, is missing or switched off. Reinstall AgencyDesk.</source>
            <translation>A importação está desativada: o pacote defusedxml, que protege contra arquivos maliciosos, está ausente ou desativado. Reinstale o AgencyDesk.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a spreadsheet: give the path of the file to import.</source>
            <translation>{path} é uma pasta, não uma planilha: informe o caminho do arquivo a importar.</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (it is a device or a pipe): save the spreadsheet as a file and import that.</source>
            <translation>{path} não é um arquivo comum (é um dispositivo ou um pipe): salve a planilha como arquivo e importe esse arquivo.</translation>
        </message>
        <message>
            <source>The rejected rows are saved as an Excel workbook: the file name given to --rejects must end in .xlsx (got {path}). Nothing was imported.</source>
            <translation>As linhas rejeitadas são salvas como pasta de trabalho do Excel: o nome de arquivo dado a --rejects deve terminar em .xlsx (recebido: {path}). Nada foi importado.</translation>
        </message>
        <message>
            <source>The file given to --{option}, {path}, is a folder or a device, not a file: give a file name. Nothing was imported.</source>
            <translation>O que foi dado a --{option}, {path}, é uma pasta ou um dispositivo, não um arquivo: informe um nome de arquivo. Nada foi importado.</translation>
        </message>
        <message>
            <source>Cannot write {path} (--{option}): the folder {folder} does not exist. Nothing was imported.</source>
            <translation>Não é possível gravar {path} (--{option}): a pasta {folder} não existe. Nada foi importado.</translation>
        </message>
        <message>
            <source>Cannot write {path} (--{option}): the folder {folder} does not allow new files. Choose another folder; nothing was imported.</source>
            <translation>Não é possível gravar {path} (--{option}): a pasta {folder} não permite criar arquivos. Escolha outra pasta; nada foi importado.</translation>
        </message>
        <message>
            <source>--{option} {path} is the database {database} (or one of its files): writing it would destroy the database. Choose another file name; nothing was imported.</source>
            <translation>--{option} {path} é o banco de dados {database} (ou um de seus arquivos): gravá-lo destruiria o banco de dados. Escolha outro nome de arquivo; nada foi importado.</translation>
        </message>
        <message>
            <source>--{option} {path} is the file being imported: writing it would overwrite the partner's original. Choose another file name; nothing was imported.</source>
            <translation>--{option} {path} é o arquivo que está sendo importado: gravá-lo sobrescreveria o original do parceiro. Escolha outro nome de arquivo; nada foi importado.</translation>
        </message>
        <message>
            <source>--report and --rejects name the same file ({path}): give each its own file name. Nothing was imported.</source>
            <translation>--report e --rejects indicam o mesmo arquivo ({path}): dê a cada um seu próprio nome de arquivo. Nada foi importado.</translation>
        </message>
        <message>
            <source>The sheet {sheet} has no data rows under its header row (row {row}); nothing was imported.</source>
            <translation>A planilha {sheet} não tem linhas de dados abaixo da linha de cabeçalho (linha {row}); nada foi importado.</translation>
        </message>
        <message>
            <source>The action plan's name is blank: give the number or the title of a plan.</source>
            <translation>O nome do plano de ação está em branco: informe o número ou o título de um plano.</translation>
        </message>
        <message>
            <source>Importing {kind} does not go into an action plan: leave out the plan.</source>
            <translation>A importação de {kind} não vai em um plano de ação: não informe um plano.</translation>
        </message>
        <message>
            <source>Importing {kind} does not go into a meeting: leave out the meeting.</source>
            <translation>A importação de {kind} não vai para uma sessão: não indique a sessão.</translation>
        </message>
        <message>
            <source>There is no action plan called {plan}. Importing {kind} only changes an existing plan: check the name, or choose the plan.</source>
            <translation>Não há nenhum plano de ação chamado {plan}. A importação de {kind} só altera um plano existente: verifique o nome ou escolha o plano.</translation>
        </message>
        <message>
            <source>The title given for the new action plan is too long for a plan's title ({length} characters): shorten it.</source>
            <translation>O título informado para o novo plano de ação é longo demais para o título de um plano ({length} caracteres): encurte-o.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Este campo é obrigatório.</translation>
        </message>
        <message>
            <source>This text is too long.</source>
            <translation>Este texto é longo demais.</translation>
        </message>
        <message>
            <source>This is not an e-mail address (name@domain.org).</source>
            <translation>Este não é um endereço de e-mail (nome@dominio.org).</translation>
        </message>
        <message>
            <source>This is not a web address (www.example.org).</source>
            <translation>Este não é um endereço web (www.exemplo.org).</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>Esta data está no futuro.</translation>
        </message>
        <message>
            <source>This number cannot be negative.</source>
            <translation>Este número não pode ser negativo.</translation>
        </message>
        <message>
            <source>This record no longer exists.</source>
            <translation>Este registro não existe mais.</translation>
        </message>
        <message>
            <source>Write the date as day/month/year.</source>
            <translation>Escreva a data como dia/mês/ano.</translation>
        </message>
        <message>
            <source>Another organization already has this name.</source>
            <translation>Já existe outra organização com este nome.</translation>
        </message>
        <message>
            <source>The end cannot be before the start.</source>
            <translation>O fim não pode ser anterior ao início.</translation>
        </message>
        <message>
            <source>This number is out of range.</source>
            <translation>Este número está fora do intervalo.</translation>
        </message>
        <message>
            <source>Write a number, such as 1500 or 12.5.</source>
            <translation>Escreva um número, como 1500 ou 12,5.</translation>
        </message>
        <message>
            <source>Another record here already has this code.</source>
            <translation>Outro registro aqui já tem este código.</translation>
        </message>
        <message>
            <source>Another record here already has this number.</source>
            <translation>Outro registro aqui já tem este número.</translation>
        </message>
        <message>
            <source>The meeting has not started yet: it cannot be marked as held.</source>
            <translation>A sessão ainda não começou: não pode ser marcada como realizada.</translation>
        </message>
        <message>
            <source>The next session belongs to the same initiative or agenda as this one.</source>
            <translation>A próxima sessão pertence à mesma iniciativa ou agenda que esta.</translation>
        </message>
        <message>
            <source>Write the three-letter currency code, such as PEN, MXN or CLP.</source>
            <translation>Escreva o código de moeda de três letras, como PEN, MXN ou CLP.</translation>
        </message>
    </context>
    <context>
        <name>MinutesDocument</name>
        <message>
            <source>Minutes</source>
            <translation>Ata</translation>
        </message>
        <message>
            <source>Minutes No. %1</source>
            <translation>Ata nº %1</translation>
        </message>
        <message>
            <source>session cancelled</source>
            <translation>sessão cancelada</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>rascunho</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Presença:</translation>
        </message>
        <message>
            <source>Minutes approved on %1</source>
            <translation>Ata aprovada em %1</translation>
        </message>
        <message>
            <source>Minutes approved</source>
            <translation>Ata aprovada</translation>
        </message>
        <message>
            <source>SESSION CANCELLED — these minutes have no effect</source>
            <translation>SESSÃO CANCELADA — esta ata não tem efeito</translation>
        </message>
        <message>
            <source>DRAFT — these minutes have not been approved</source>
            <translation>RASCUNHO — esta ata não foi aprovada</translation>
        </message>
        <message numerus="yes">
            <source>%n invited; attendance not recorded yet</source>
            <translation>
                <numerusform>%n convocado; presença ainda não registrada</numerusform>
                <numerusform>%n convocados; presença ainda não registrada</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 invited attended</source>
            <translation>Compareceram %1 de %2 convocados</translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n justificou</numerusform>
                <numerusform>%n justificaram</numerusform>
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
                <numerusform>%n sem convite</numerusform>
                <numerusform>%n sem convite</numerusform>
            </translation>
        </message>
        <message>
            <source>quorum: more than half of those invited are present</source>
            <translation>quórum: mais da metade dos convocados está presente</translation>
        </message>
        <message>
            <source>no quorum: half or fewer of those invited are present</source>
            <translation>sem quórum: metade ou menos dos convocados está presente</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
        <message>
            <source>Attendance has not been recorded yet.</source>
            <translation>A presença ainda não foi registrada.</translation>
        </message>
        <message>
            <source>No attendance was recorded.</source>
            <translation>Nenhuma presença foi registrada.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instituição</translation>
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
            <translation>Justificaram a ausência:</translation>
        </message>
        <message>
            <source>Absent:</source>
            <translation>Ausentes:</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Pauta</translation>
        </message>
        <message>
            <source>No agenda was recorded.</source>
            <translation>Nenhuma pauta foi registrada.</translation>
        </message>
        <message>
            <source>Development of the session</source>
            <translation>Desenvolvimento da sessão</translation>
        </message>
        <message>
            <source>Bottlenecks discussed:</source>
            <translation>Gargalos tratados:</translation>
        </message>
        <message>
            <source>No development recorded for this item.</source>
            <translation>Sem desenvolvimento registrado para este ponto.</translation>
        </message>
        <message>
            <source>No development of the session was recorded.</source>
            <translation>O desenvolvimento da sessão não foi registrado.</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Ação:</translation>
        </message>
        <message>
            <source>Bottleneck:</source>
            <translation>Gargalo:</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Acompanhamento:</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acordos</translation>
        </message>
        <message>
            <source>No agreements were taken.</source>
            <translation>Nenhum acordo foi tomado.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Pending agreements from earlier sessions</source>
            <translation>Acordos pendentes de sessões anteriores</translation>
        </message>
        <message>
            <source>There were no pending agreements.</source>
            <translation>Não havia acordos pendentes.</translation>
        </message>
        <message>
            <source>Numbered session.agreement (2.3: agreement 3 of session 2). Status on %1.</source>
            <translation>Numeração sessão.acordo (2.3: acordo 3 da sessão 2). Situação em %1.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>To be set</source>
            <translation>A definir</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Próxima sessão</translation>
        </message>
        <message>
            <source>There being no further business, the session closed at %1.</source>
            <translation>Nada mais havendo a tratar, a sessão foi encerrada às %1.</translation>
        </message>
        <message>
            <source>The attendance sheet %1, signed by those present, is part of these minutes.</source>
            <translation>A lista de presença %1, assinada pelos presentes, faz parte desta ata.</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>New agenda item</source>
            <translation>Novo ponto de pauta</translation>
        </message>
        <message>
            <source>No agenda items yet. Type the first one below and press Enter.</source>
            <translation>Ainda não há pontos de pauta. Escreva o primeiro abaixo e pressione Enter.</translation>
        </message>
        <message>
            <source>Type an agenda item, then press Enter to add it</source>
            <translation>Escreva um ponto de pauta e pressione Enter para adicioná-lo</translation>
        </message>
        <message>
            <source>Agenda i&amp;tems</source>
            <translation>&amp;Itens da pauta</translation>
        </message>
        <message>
            <source>General de&amp;velopment / summary of the session:</source>
            <translation>Desenvolvimento geral / resu&amp;mo da sessão:</translation>
        </message>
        <message>
            <source>An overview of the session: who presented what, the main conclusions</source>
            <translation>Uma visão geral da sessão: quem apresentou o quê, as principais conclusões</translation>
        </message>
        <message>
            <source>No general development was written.</source>
            <translation>Nenhum desenvolvimento geral foi redigido.</translation>
        </message>
        <message>
            <source>Plain text: leave a blank line between paragraphs, start list lines with “- ” or “1. ”. Saved as you write.</source>
            <translation>Texto simples: deixe uma linha em branco entre parágrafos, comece as linhas de lista com “- ” ou “1. ”. É salvo enquanto você escreve.</translation>
        </message>
        <message>
            <source>This session was cancelled: its minutes cannot be changed.</source>
            <translation>Esta sessão foi cancelada: a ata dela não pode ser alterada.</translation>
        </message>
        <message>
            <source>The minutes of this session are approved: they can be read, not changed.</source>
            <translation>A ata desta sessão está aprovada: pode ser lida, mas não alterada.</translation>
        </message>
        <message>
            <source>Add agenda item “%1”</source>
            <translation>Adicionar ponto de pauta “%1”</translation>
        </message>
        <message>
            <source>Rename agenda item “%1”</source>
            <translation>Renomear ponto de pauta “%1”</translation>
        </message>
        <message>
            <source>Delete agenda item “%1”</source>
            <translation>Excluir ponto de pauta “%1”</translation>
        </message>
        <message>
            <source>Move agenda item “%1” up</source>
            <translation>Mover ponto de pauta “%1” para cima</translation>
        </message>
        <message>
            <source>Move agenda item “%1” down</source>
            <translation>Mover ponto de pauta “%1” para baixo</translation>
        </message>
        <message>
            <source>Link “%1” to agenda item “%2”</source>
            <translation>Vincular “%1” ao ponto de pauta “%2”</translation>
        </message>
        <message>
            <source>Unlink “%1” from agenda item “%2”</source>
            <translation>Desvincular “%1” do ponto de pauta “%2”</translation>
        </message>
        <message>
            <source>Edit the development of “%1”</source>
            <translation>Editar o desenvolvimento de “%1”</translation>
        </message>
        <message>
            <source>Edit the minutes of “%1”</source>
            <translation>Editar a ata de “%1”</translation>
        </message>
        <message>
            <source>Cannot change the minutes</source>
            <translation>Não é possível alterar a ata</translation>
        </message>
    </context>
    <context>
        <name>NewPersonDialog</name>
        <message>
            <source>Invite a new person</source>
            <translation>Convidar uma nova pessoa</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <source>Optional: the attendance counts show it</source>
            <translation>Opcional: aparece nas contagens de presença</translation>
        </message>
        <message>
            <source>The person is added to the directory and invited to this meeting. Their other details can be completed later under Actors.</source>
            <translation>A pessoa é adicionada ao diretório e convidada para esta sessão. Os demais dados podem ser completados depois em Atores.</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Nome co&amp;mpleto:</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>Organ&amp;ização:</translation>
        </message>
        <message>
            <source>Pos&amp;ition:</source>
            <translation>Ca&amp;rgo:</translation>
        </message>
        <message>
            <source>Gen&amp;der:</source>
            <translation>&amp;Gênero:</translation>
        </message>
        <message>
            <source>&amp;Create and invite</source>
            <translation>&amp;Criar e convidar</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>no organization</source>
            <translation>sem organização</translation>
        </message>
        <message>
            <source>%1 (%2) is already in the directory: to invite them, use “From the directory…” instead.</source>
            <translation>%1 (%2) já está no diretório: para convidá-la, use “Do diretório…”.</translation>
        </message>
    </context>
    <context>
        <name>NextMeetingsPanel</name>
        <message>
            <source>Next meetings</source>
            <translation>Próximas sessões</translation>
        </message>
        <message>
            <source>No meeting planned: plan the next session of an initiative in the Meetings area, and it appears here.</source>
            <translation>Nenhuma sessão agendada: agende a próxima sessão de uma iniciativa na área Sessões e ela aparecerá aqui.</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>Nº %1</translation>
        </message>
        <message numerus="yes">
            <source>the next %n day(s)</source>
            <translation>
                <numerusform>o próximo %n dia</numerusform>
                <numerusform>os próximos %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>No open agreement falls due in %1.</source>
            <translation>Nenhum acordo em aberto vence n%1.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='#due_soon'&gt;%n open agreement(s)&lt;/a&gt; due in %1.</source>
            <translation>
                <numerusform>&lt;a href='#due_soon'&gt;%n acordo em aberto&lt;/a&gt; vence n%1.</numerusform>
                <numerusform>&lt;a href='#due_soon'&gt;%n acordos em aberto&lt;/a&gt; vencem n%1.</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoje</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>amanhã</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>em %n dia</numerusform>
                <numerusform>em %n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Options</source>
            <translation>Opções</translation>
        </message>
        <message>
            <source>What the file holds and how to read it.</source>
            <translation>O que o arquivo contém e como lê-lo.</translation>
        </message>
        <message>
            <source>Title of the new plan</source>
            <translation>Título do novo plano</translation>
        </message>
        <message>
            <source>Day first (15/03/2024 is 15 March)</source>
            <translation>Dia primeiro (15/03/2024 é 15 de março)</translation>
        </message>
        <message>
            <source>Month first (03/15/2024 is 15 March)</source>
            <translation>Mês primeiro (03/15/2024 é 15 de março)</translation>
        </message>
        <message>
            <source>Decide for each value</source>
            <translation>Decidir para cada valor</translation>
        </message>
        <message>
            <source>Decimal comma (1.234,56)</source>
            <translation>Vírgula decimal (1.234,56)</translation>
        </message>
        <message>
            <source>Decimal point (1,234.56)</source>
            <translation>Ponto decimal (1,234.56)</translation>
        </message>
        <message>
            <source>Skip them (keep what AgencyDesk has)</source>
            <translation>Ignorá-las (manter o que o AgencyDesk tem)</translation>
        </message>
        <message>
            <source>Update them with the file's values</source>
            <translation>Atualizá-las com os valores do arquivo</translation>
        </message>
        <message>
            <source>Fill only their empty fields</source>
            <translation>Preencher só os campos vazios</translation>
        </message>
        <message>
            <source>Create the organizations not in the directory</source>
            <translation>Criar as organizações que não estão no diretório</translation>
        </message>
        <message>
            <source>A new organization whose name says what it is gets that type: a “Municipalidad” or a “Ministerio” is public, with its level of government, a “Universidad” academia, a “Fundación” civil society, an “S.A.C.” or a “Cooperativa” private. The others get the type chosen here.</source>
            <translation>Uma organização nova cujo nome diz o que ela é recebe esse tipo: uma “Municipalidad” ou um “Ministerio” é pública, com seu nível de governo; uma “Universidad”, academia; uma “Fundación”, sociedade civil; uma “S.A.C.” ou uma “Cooperativa”, privada. As demais recebem o tipo escolhido aqui.</translation>
        </message>
        <message>
            <source>Everyone on the list attended</source>
            <translation>Todas as pessoas da lista compareceram</translation>
        </message>
        <message>
            <source>For a signed sign-in sheet with no column saying who attended. Otherwise the people are added to the meeting's list as invited only.</source>
            <translation>Para uma lista de presença assinada sem uma coluna que diga quem compareceu. Se não for marcada, as pessoas são adicionadas à lista da sessão apenas como convidadas.</translation>
        </message>
        <message>
            <source>None: reject the row</source>
            <translation>Nenhum: rejeitar a linha</translation>
        </message>
        <message>
            <source>The file holds:</source>
            <translation>O arquivo contém:</translation>
        </message>
        <message>
            <source>Action plan:</source>
            <translation>Plano de ação:</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Sessão:</translation>
        </message>
        <message>
            <source>Dates written:</source>
            <translation>Formato das datas:</translation>
        </message>
        <message>
            <source>Numbers written with:</source>
            <translation>Números escritos com:</translation>
        </message>
        <message>
            <source>Rows matching existing records:</source>
            <translation>Linhas que correspondem a registros existentes:</translation>
        </message>
        <message>
            <source>Unknown organizations:</source>
            <translation>Organizações desconhecidas:</translation>
        </message>
        <message>
            <source>Their type, if the name does not say it:</source>
            <translation>O tipo delas, se o nome não disser:</translation>
        </message>
        <message>
            <source>Type of actor when empty:</source>
            <translation>Tipo de ator quando vazio:</translation>
        </message>
        <message>
            <source>Attendance:</source>
            <translation>Presença:</translation>
        </message>
        <message>
            <source>A new plan…</source>
            <translation>Um novo plano…</translation>
        </message>
        <message numerus="yes">
            <source>The columns were matched again for “%1”: %n column(s) recognised. Go Back to check them.</source>
            <translation>
                <numerusform>As colunas foram associadas de novo para “%1”: %n coluna reconhecida. Clique em Voltar para conferi-las.</numerusform>
                <numerusform>As colunas foram associadas de novo para “%1”: %n colunas reconhecidas. Clique em Voltar para conferi-las.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the title of the new plan.</source>
            <translation>Escreva o título do novo plano.</translation>
        </message>
        <message>
            <source>Choose the action plan.</source>
            <translation>Escolha o plano de ação.</translation>
        </message>
        <message>
            <source>Choose the meeting.</source>
            <translation>Escolha a sessão.</translation>
        </message>
    </context>
    <context>
        <name>OrderedListEditor</name>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <source>Edit the selected item in place (F2)</source>
            <translation>Editar o item selecionado diretamente na lista (F2)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the selected item up (Alt+Up)</source>
            <translation>Mover o item selecionado para cima (Alt+Seta para cima)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descer</translation>
        </message>
        <message>
            <source>Move the selected item down (Alt+Down)</source>
            <translation>Mover o item selecionado para baixo (Alt+Seta para baixo)</translation>
        </message>
    </context>
    <context>
        <name>OrgPicker</name>
        <message>
            <source>Type part of the name, then choose from the list</source>
            <translation>Digite parte do nome e escolha na lista</translation>
        </message>
    </context>
    <context>
        <name>OrganizationChoiceModel</name>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de ator</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
        </message>
        <message>
            <source>Already takes part as</source>
            <translation>Já participa como</translation>
        </message>
    </context>
    <context>
        <name>OrganizationColumns</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de ator</translation>
        </message>
        <message>
            <source>Government level</source>
            <translation>Nível de governo</translation>
        </message>
        <message>
            <source>Territory</source>
            <translation>Território</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>Identificação fiscal</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDetail</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>E&amp;ditar</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Excluir…</translation>
        </message>
        <message>
            <source>No people are linked to this organization yet.</source>
            <translation>Ainda não há pessoas vinculadas a esta organização.</translation>
        </message>
        <message>
            <source>&amp;Add a person…</source>
            <translation>Adi&amp;cionar uma pessoa…</translation>
        </message>
        <message>
            <source>A new person in the People tab, already linked here</source>
            <translation>Cria uma nova pessoa na aba Pessoas, já vinculada a esta organização</translation>
        </message>
        <message>
            <source>This organization does not take part in any initiative yet.</source>
            <translation>Esta organização ainda não participa de nenhuma iniciativa.</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>Setor:</translation>
        </message>
        <message>
            <source>Tax ID:</source>
            <translation>Identificação fiscal:</translation>
        </message>
        <message>
            <source>Territory:</source>
            <translation>Território:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Endereço:</translation>
        </message>
        <message>
            <source>Phone:</source>
            <translation>Telefone:</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <source>Website:</source>
            <translation>Página web:</translation>
        </message>
        <message>
            <source>Representative:</source>
            <translation>Representante:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Quantidade de membros:</translation>
        </message>
        <message>
            <source>Registered on:</source>
            <translation>Data de registro:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Observações:</translation>
        </message>
        <message numerus="yes">
            <source>Peop&amp;le (%n)</source>
            <translation>
                <numerusform>Pe&amp;ssoas (%n)</numerusform>
                <numerusform>Pe&amp;ssoas (%n)</numerusform>
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
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>Acronym, e.g. CORFO</source>
            <translation>Sigla, ex.: CORFO</translation>
        </message>
        <message>
            <source>name@domain.org</source>
            <translation>nome@dominio.org</translation>
        </message>
        <message>
            <source>www.example.org</source>
            <translation>www.exemplo.org</translation>
        </message>
        <message>
            <source>Not specified</source>
            <translation>Não especificado</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>No&amp;me:</translation>
        </message>
        <message>
            <source>Acron&amp;ym:</source>
            <translation>Si&amp;gla:</translation>
        </message>
        <message>
            <source>Actor &amp;type:</source>
            <translation>T&amp;ipo de ator:</translation>
        </message>
        <message>
            <source>&amp;Government level:</source>
            <translation>Nível de go&amp;verno:</translation>
        </message>
        <message>
            <source>Se&amp;ctor:</source>
            <translation>&amp;Setor:</translation>
        </message>
        <message>
            <source>Tax I&amp;D:</source>
            <translation>Identifi&amp;cação fiscal:</translation>
        </message>
        <message>
            <source>Te&amp;rritory:</source>
            <translation>Te&amp;rritório:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Endereço:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Tele&amp;fone:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-mai&amp;l:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>Página &amp;web:</translation>
        </message>
        <message>
            <source>Representati&amp;ve:</source>
            <translation>Represen&amp;tante:</translation>
        </message>
        <message>
            <source>Mem&amp;bers:</source>
            <translation>&amp;Quantidade de membros:</translation>
        </message>
        <message>
            <source>Reg&amp;istered on:</source>
            <translation>&amp;Data de registro:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Observações:</translation>
        </message>
        <message>
            <source>RFC, RUC, RUT, NIT…</source>
            <translation>RFC, RUC, RUT, NIT…</translation>
        </message>
        <message>
            <source>How many members or associates it has</source>
            <translation>Quantos membros ou associados a organização tem</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <source>New organization</source>
            <translation>Nova organização</translation>
        </message>
        <message>
            <source>Edit organization</source>
            <translation>Editar organização</translation>
        </message>
        <message>
            <source>Only public actors have a government level</source>
            <translation>Somente atores públicos têm nível de governo</translation>
        </message>
        <message>
            <source>Create organization “%1”</source>
            <translation>Criar organização “%1”</translation>
        </message>
        <message>
            <source>Edit organization “%1”</source>
            <translation>Editar organização “%1”</translation>
        </message>
    </context>
    <context>
        <name>OrganizationsPage</name>
        <message>
            <source>Name, acronym, tax ID, sector, representative or e-mail</source>
            <translation>Nome, sigla, identificação fiscal, setor, representante ou e-mail</translation>
        </message>
        <message>
            <source>&amp;New organization</source>
            <translation>&amp;Nova organização</translation>
        </message>
        <message>
            <source>Choose an organization in the list to see its people and initiatives, or create one with “New organization”.</source>
            <translation>Escolha uma organização na lista para ver suas pessoas e iniciativas, ou crie uma com “Nova organização”.</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizações</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) found</source>
            <translation>
                <numerusform>%n organização encontrada</numerusform>
                <numerusform>%n organizações encontradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organização</numerusform>
                <numerusform>%n organizações</numerusform>
            </translation>
        </message>
        <message>
            <source>No organization matches the search or the filters.</source>
            <translation>Nenhuma organização corresponde à busca ou aos filtros.</translation>
        </message>
        <message>
            <source>There are no organizations yet. Create the first one with “New organization”, or import a spreadsheet.</source>
            <translation>Ainda não há organizações. Crie a primeira com “Nova organização” ou importe uma planilha.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Delete organization</source>
            <translation>Excluir organização</translation>
        </message>
        <message>
            <source>Delete organization “%1”</source>
            <translation>Excluir organização “%1”</translation>
        </message>
    </context>
    <context>
        <name>OwnerField</name>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa ou agenda</translation>
        </message>
        <message>
            <source>Initiative or a&amp;genda:</source>
            <translation>Iniciativa ou a&amp;genda:</translation>
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
            <translation>Escolha uma iniciativa ou uma agenda</translation>
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
            <translation>Gerado em %1</translation>
        </message>
    </context>
    <context>
        <name>ParticipantColumns</name>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Actor type</source>
            <translation>Tipo de ator</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
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
            <translation>Até</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <source>Add pa&amp;rticipants…</source>
            <translation>&amp;Adicionar participantes…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>E&amp;nd participation…</source>
            <translation>E&amp;ncerrar participação…</translation>
        </message>
        <message>
            <source>The participant left: the row stays in the history with its dates</source>
            <translation>O participante saiu: a linha fica no histórico com suas datas</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Ex&amp;cluir…</translation>
        </message>
        <message>
            <source>Only for a row entered by mistake; for someone who left, end it instead</source>
            <translation>Só para uma linha inserida por engano; para quem saiu, encerre a participação</translation>
        </message>
        <message>
            <source>Show &amp;former participants</source>
            <translation>Mostrar &amp;participantes anteriores</translation>
        </message>
        <message>
            <source>Nobody takes part yet. Add the first organizations with “Add participants…”.</source>
            <translation>Ninguém participa ainda. Adicione as primeiras organizações com “Adicionar participantes…”.</translation>
        </message>
        <message>
            <source>Add participants</source>
            <translation>Adicionar participantes</translation>
        </message>
        <message numerus="yes">
            <source>Add %n participant(s)</source>
            <translation>
                <numerusform>Adicionar %n participante</numerusform>
                <numerusform>Adicionar %n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) already took part in the same role and were not added again.</source>
            <translation>
                <numerusform>%n participante já participava com o mesmo papel e não foi adicionado novamente.</numerusform>
                <numerusform>%n participantes já participavam com o mesmo papel e não foram adicionados novamente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit participation</source>
            <translation>Editar participação</translation>
        </message>
        <message>
            <source>Edit participation of “%1”</source>
            <translation>Editar participação de “%1”</translation>
        </message>
        <message>
            <source>End participation of “%1”</source>
            <translation>Encerrar participação de “%1”</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participação</translation>
        </message>
        <message>
            <source>Delete participation</source>
            <translation>Excluir participação</translation>
        </message>
        <message>
            <source>Delete participation of “%1”</source>
            <translation>Excluir participação de “%1”</translation>
        </message>
    </context>
    <context>
        <name>ParticipationsModel</name>
        <message>
            <source>Former participant: took part from %1 to %2</source>
            <translation>Ex-participante: participou de %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>PdfCommand</name>
        <message>
            <source>there is no action plan %1</source>
            <translation>não existe o plano de ação %1</translation>
        </message>
        <message>
            <source>there is no meeting %1</source>
            <translation>não existe a sessão %1</translation>
        </message>
        <message>
            <source>there is no person %1</source>
            <translation>não existe a pessoa %1</translation>
        </message>
        <message>
            <source>there is no initiative %1</source>
            <translation>não existe a iniciativa %1</translation>
        </message>
        <message>
            <source>ID must be a number, not %1</source>
            <translation>O ID deve ser um número, não %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n page(s) written to %2</source>
            <translation>
                <numerusform>%1: %n página gravada em %2</numerusform>
                <numerusform>%1: %n páginas gravadas em %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfDocuments</name>
        <message>
            <source>Action plan (PD&amp;F)…</source>
            <translation>Plano de ação (PD&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Minutes (PDF)…</source>
            <translation>&amp;Ata (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Sign-in sheet (PDF)…</source>
            <translation>&amp;Lista de presença (PDF)…</translation>
        </message>
        <message>
            <source>Agreements follow-up (PD&amp;F)…</source>
            <translation>Acompanhamento dos acordos (PD&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Handover file (PDF)…</source>
            <translation>&amp;Dossiê de transição (PDF)…</translation>
        </message>
        <message>
            <source>The plan to print and sign: actions by axis, totals, timeline and indicators</source>
            <translation>O plano para imprimir e assinar: ações por eixo, totais, cronograma e indicadores</translation>
        </message>
        <message>
            <source>The minutes to print and sign: attendance, agenda, development and agreements</source>
            <translation>A ata para imprimir e assinar: presença, pauta, desenvolvimento e acordos</translation>
        </message>
        <message>
            <source>The sheet attendees sign: the invitees, and blank rows for the others</source>
            <translation>A lista que os participantes assinam: os convidados e linhas em branco para os demais</translation>
        </message>
        <message>
            <source>Open and overdue agreements by responsible institution, for the next session</source>
            <translation>Acordos em aberto e vencidos por instituição responsável, para a próxima sessão</translation>
        </message>
        <message>
            <source>Everything about the initiative in one file, for a change of authority or team</source>
            <translation>Tudo sobre a iniciativa em um só arquivo, para uma troca de autoridade ou de equipe</translation>
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
            <translation>Acompanhamento dos acordos (PDF): acordos em aberto e vencidos por instituição responsável, para a próxima sessão; da iniciativa escolhida acima ou de todas as iniciativas</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Zoom out (%1)</source>
            <translation>Diminuir zoom (%1)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Diminuir zoom</translation>
        </message>
        <message>
            <source>Zoom in (%1)</source>
            <translation>Aumentar zoom (%1)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Aumentar zoom</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>&amp;Ajustar à largura</translation>
        </message>
        <message>
            <source>Show each page as wide as the window</source>
            <translation>Mostrar cada página com a largura da janela</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Salvar como…</translation>
        </message>
        <message>
            <source>Keep a copy of this PDF in a folder of your choice</source>
            <translation>Guardar uma cópia deste PDF na pasta que escolher</translation>
        </message>
        <message>
            <source>Open with the system &amp;viewer</source>
            <translation>Abrir no &amp;visualizador do sistema</translation>
        </message>
        <message>
            <source>Open the PDF in the computer's usual PDF program</source>
            <translation>Abrir o PDF no programa de PDF habitual do computador</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message>
            <source>The PDF could not be shown.</source>
            <translation>Não foi possível mostrar o PDF.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Print “%1”</source>
            <translation>Imprimir “%1”</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Imprimindo…</translation>
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
                <numerusform>%n página enviada para a impressora.</numerusform>
                <numerusform>%n páginas enviadas para a impressora.</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not be used. Check that it is on and try again.</source>
            <translation>Não foi possível usar a impressora. Verifique se ela está ligada e tente de novo.</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Salvar o PDF como</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Salvo como %1</translation>
        </message>
        <message>
            <source>Open with the system viewer</source>
            <translation>Abrir no visualizador do sistema</translation>
        </message>
        <message>
            <source>No program to open PDF files was found on this computer. Save the PDF (Save as…) and open it from its folder, or install a PDF reader.</source>
            <translation>Nenhum programa para abrir arquivos PDF foi encontrado neste computador. Salve o PDF (Salvar como…) e abra-o na pasta, ou instale um leitor de PDF.</translation>
        </message>
    </context>
    <context>
        <name>PdfTexts</name>
        <message>
            <source>Preparing the PDF…</source>
            <translation>Preparando o PDF…</translation>
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
            <translation>Nome, documento de identidade, cargo, e-mail ou telefone</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Nova pessoa</translation>
        </message>
        <message>
            <source>Choose a person in the list to see and edit their details, or add one with “New person”.</source>
            <translation>Escolha uma pessoa na lista para ver e editar os dados dela, ou adicione uma com “Nova pessoa”.</translation>
        </message>
        <message>
            <source>Actor type of the person's organization</source>
            <translation>Tipo de ator da organização da pessoa</translation>
        </message>
        <message>
            <source>All genders</source>
            <translation>Todos os gêneros</translation>
        </message>
        <message>
            <source>Gender not recorded</source>
            <translation>Gênero não registrado</translation>
        </message>
        <message>
            <source>Gender filter</source>
            <translation>Filtro de gênero</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) found</source>
            <translation>
                <numerusform>%n pessoa encontrada</numerusform>
                <numerusform>%n pessoas encontradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody matches the search or the filters.</source>
            <translation>Ninguém corresponde à busca ou aos filtros.</translation>
        </message>
        <message>
            <source>There are no people yet. Add the first one with “New person”, or import a spreadsheet.</source>
            <translation>Ainda não há pessoas. Adicione a primeira com “Nova pessoa” ou importe uma planilha.</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Excluir pessoa</translation>
        </message>
        <message>
            <source>Delete person “%1”</source>
            <translation>Excluir pessoa “%1”</translation>
        </message>
    </context>
    <context>
        <name>PersonChoiceModel</name>
        <message>
            <source>Person</source>
            <translation>Pessoa</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Convite</translation>
        </message>
        <message>
            <source>Already invited</source>
            <translation>Já convidado</translation>
        </message>
    </context>
    <context>
        <name>PersonColumns</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidade</translation>
        </message>
    </context>
    <context>
        <name>PersonDataDocument</name>
        <message>
            <source>Personal data</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <source>Everything this office holds about the person, issued at their request (Peru: Ley 29733; Chile: Ley 19.628; Mexico: LFPDPPP). Prepared on %1.</source>
            <translation>Tudo o que este escritório mantém sobre a pessoa, emitido a seu pedido (Peru: Ley 29733; Chile: Ley 19.628; México: LFPDPPP). Elaborado em %1.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Dados</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nome completo</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidade</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gênero</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Registrado em</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Última alteração</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimento</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Data do consentimento</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Finalidade</translation>
        </message>
        <message>
            <source>No consent is recorded.</source>
            <translation>Não há consentimento registrado.</translation>
        </message>
        <message>
            <source>Initiatives they take part in</source>
            <translation>Iniciativas de que participa</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordenador(a)</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Nenhuma.</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>Representation</source>
            <translation>Representação</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Até</translation>
        </message>
        <message>
            <source>Meetings they were invited to</source>
            <translation>Sessões para as quais foi convidado(a)</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificou</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Convidado(a)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Initiative or agenda</source>
            <translation>Iniciativa ou agenda</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>Em representação de</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Presença</translation>
        </message>
        <message>
            <source>Agreements they are responsible for</source>
            <translation>Acordos sob sua responsabilidade</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acordo</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Record of changes</source>
            <translation>Registro de alterações</translation>
        </message>
        <message>
            <source>No change is recorded.</source>
            <translation>Não há alterações registradas.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Conteúdo</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <source>Created by importing %1</source>
            <translation>Criação por importação de %1</translation>
        </message>
        <message>
            <source>Removed by undoing the import of %1</source>
            <translation>Exclusão ao desfazer a importação de %1</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Criação</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Alteração</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Exclusão</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(apagado)</translation>
        </message>
        <message>
            <source>(deleted, #%1)</source>
            <translation>(excluído, #%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Required</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <source>DNI, CURP, RUN…</source>
            <translation>DNI, CURP, RUN…</translation>
        </message>
        <message>
            <source>name@domain.org</source>
            <translation>nome@dominio.org</translation>
        </message>
        <message>
            <source>What the person agreed their data is used for</source>
            <translation>Para que a pessoa autorizou o uso dos seus dados</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>Nome co&amp;mpleto:</translation>
        </message>
        <message>
            <source>Or&amp;ganization:</source>
            <translation>Organ&amp;ização:</translation>
        </message>
        <message>
            <source>Pos&amp;ition:</source>
            <translation>Ca&amp;rgo:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>E-mai&amp;l:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telefone:</translation>
        </message>
        <message>
            <source>Nationa&amp;l ID:</source>
            <translation>&amp;Documento de identidade:</translation>
        </message>
        <message>
            <source>Gen&amp;der:</source>
            <translation>&amp;Gênero:</translation>
        </message>
        <message>
            <source>&amp;Consent given on:</source>
            <translation>Data do &amp;consentimento:</translation>
        </message>
        <message>
            <source>Consent p&amp;urpose:</source>
            <translation>&amp;Finalidade do consentimento:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>Obser&amp;vações:</translation>
        </message>
        <message>
            <source>Optional: offices report women's participation</source>
            <translation>Opcional: os escritórios informam a participação de mulheres</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nova pessoa</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Editar pessoa</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or leave the field empty.</source>
            <translation>Escolha uma organização da lista ou deixe o campo vazio.</translation>
        </message>
        <message>
            <source>Create person “%1”</source>
            <translation>Criar pessoa “%1”</translation>
        </message>
        <message>
            <source>Edit person “%1”</source>
            <translation>Editar pessoa “%1”</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Type part of the name, then choose from the list</source>
            <translation>Digite parte do nome e depois escolha na lista</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataButton</name>
        <message>
            <source>Pe&amp;rsonal data</source>
            <translation>Dados pe&amp;ssoais</translation>
        </message>
        <message>
            <source>What the office holds about this person: export it, or erase it</source>
            <translation>O que o escritório guarda sobre esta pessoa: exportar ou apagar</translation>
        </message>
        <message>
            <source>Export everything about this person (&amp;JSON)…</source>
            <translation>Exportar tudo sobre esta pessoa (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Export everything about this person (&amp;PDF)…</source>
            <translation>Exportar tudo sobre esta pessoa (&amp;PDF)…</translation>
        </message>
        <message>
            <source>&amp;Erase this person…</source>
            <translation>&amp;Apagar os dados desta pessoa…</translation>
        </message>
        <message>
            <source>Export everything about this person</source>
            <translation>Exportar tudo sobre esta pessoa</translation>
        </message>
        <message>
            <source>Erase this person</source>
            <translation>Apagar os dados desta pessoa</translation>
        </message>
        <message>
            <source>Erasing the personal data…</source>
            <translation>Apagando os dados pessoais…</translation>
        </message>
        <message>
            <source>The person was erased, but the database file could not be compacted now (another program is reading it): their old values may stay in its unused space until it is. Erase them again later to compact it.</source>
            <translation>Os dados da pessoa foram apagados, mas o arquivo do banco de dados não pôde ser compactado agora (outro programa o está lendo): os valores antigos podem ficar no espaço não utilizado do arquivo até que isso aconteça. Apague os dados dela novamente mais tarde para compactá-lo.</translation>
        </message>
    </context>
    <context>
        <name>PictureWindow</name>
        <message>
            <source>Picture of the guide</source>
            <translation>Imagem do guia</translation>
        </message>
    </context>
    <context>
        <name>PlanColumns</name>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Agenda or initiative</source>
            <translation>Agenda ou iniciativa</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
    </context>
    <context>
        <name>PlanForm</name>
        <message>
            <source>Required, e.g. Roadmap of the timber table</source>
            <translation>Obrigatório, p. ex. Roteiro da mesa da madeira</translation>
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
            <translation>&amp;Pertence a:</translation>
        </message>
        <message>
            <source>Period &amp;from:</source>
            <translation>Período &amp;de:</translation>
        </message>
        <message>
            <source>Period &amp;to:</source>
            <translation>Período &amp;até:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Approved on:</source>
            <translation>Apr&amp;ovado em:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Versão:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Moeda:</translation>
        </message>
        <message>
            <source>Choose an agenda or an initiative</source>
            <translation>Escolha uma agenda ou uma iniciativa</translation>
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
            <translation>Novo plano de ação</translation>
        </message>
        <message>
            <source>Edit action plan</source>
            <translation>Editar plano de ação</translation>
        </message>
        <message>
            <source>Create action plan “%1”</source>
            <translation>Criar plano de ação “%1”</translation>
        </message>
        <message>
            <source>Edit action plan “%1”</source>
            <translation>Editar plano de ação “%1”</translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message>
            <source>Progress of the plan</source>
            <translation>Progresso do plano</translation>
        </message>
        <message>
            <source>Ed&amp;it plan…</source>
            <translation>Editar &amp;plano…</translation>
        </message>
        <message>
            <source>Plan history…</source>
            <translation>Histórico do plano…</translation>
        </message>
        <message>
            <source>approved on %1</source>
            <translation>aprovado em %1</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>versão %1</translation>
        </message>
        <message>
            <source>budget %1</source>
            <translation>orçamento %1</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
        <message>
            <source>%p% done</source>
            <translation>%p% concluído</translation>
        </message>
        <message>
            <source>No progress yet</source>
            <translation>Ainda sem progresso</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <source>&amp;Create the action plan</source>
            <translation>&amp;Criar o plano de ação</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Cronograma</translation>
        </message>
        <message>
            <source>Acti&amp;ons</source>
            <translation>&amp;Ações</translation>
        </message>
        <message>
            <source>Indicato&amp;rs</source>
            <translation>&amp;Indicadores</translation>
        </message>
        <message>
            <source>Choose a plan to see its actions.</source>
            <translation>Escolha um plano para ver suas ações.</translation>
        </message>
        <message>
            <source>This initiative has no action plan yet. Create it to follow its actions, their budget and their funding.</source>
            <translation>Esta iniciativa ainda não tem plano de ação. Crie-o para acompanhar as ações, o orçamento e o financiamento delas.</translation>
        </message>
        <message>
            <source>This plan no longer exists.</source>
            <translation>Este plano não existe mais.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>Action plan of %1</source>
            <translation>Plano de ação de %1</translation>
        </message>
        <message>
            <source>New action plan</source>
            <translation>Novo plano de ação</translation>
        </message>
        <message>
            <source>Edit action plan</source>
            <translation>Editar plano de ação</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Editar ação</translation>
        </message>
        <message>
            <source>Change action “%1”</source>
            <translation>Alterar ação “%1”</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Excluir ação</translation>
        </message>
        <message>
            <source>Delete action “%1”</source>
            <translation>Excluir ação “%1”</translation>
        </message>
        <message>
            <source>Cannot undo or redo</source>
            <translation>Não é possível desfazer nem refazer</translation>
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
            <translation>Ainda não há ações com datas.</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message>
            <source>Jan</source>
            <comment>month, abbreviated</comment>
            <translation>Jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <comment>month, abbreviated</comment>
            <translation>Fev</translation>
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
            <translation>Mai</translation>
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
            <translation>Set</translation>
        </message>
        <message>
            <source>Oct</source>
            <comment>month, abbreviated</comment>
            <translation>Out</translation>
        </message>
        <message>
            <source>Nov</source>
            <comment>month, abbreviated</comment>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <comment>month, abbreviated</comment>
            <translation>Dez</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>no dates</source>
            <translation>sem datas</translation>
        </message>
        <message>
            <source>Today %1</source>
            <translation>Hoje %1</translation>
        </message>
        <message>
            <source>Filled part: progress</source>
            <translation>Parte preenchida: progresso</translation>
        </message>
        <message>
            <source>Red outline: past its end date</source>
            <translation>Contorno vermelho: passou da data de término</translation>
        </message>
        <message>
            <source>Single date</source>
            <translation>Data única</translation>
        </message>
        <message>
            <source>Span of the axis</source>
            <translation>Duração do eixo</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
    </context>
    <context>
        <name>PlanTotalsSection</name>
        <message>
            <source>Amounts in %1. Cancelled actions are not counted.</source>
            <translation>Valores em %1. As ações canceladas não são contabilizadas.</translation>
        </message>
        <message>
            <source>Budget and funding</source>
            <translation>Orçamento e financiamento</translation>
        </message>
        <message>
            <source>By axis</source>
            <translation>Por eixo</translation>
        </message>
        <message>
            <source>By funding source</source>
            <translation>Por fonte de financiamento</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eixo</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Funded, cash</source>
            <translation>Financiado, em dinheiro</translation>
        </message>
        <message>
            <source>Funded, in kind</source>
            <translation>Financiado, em espécie</translation>
        </message>
        <message>
            <source>Funded, total</source>
            <translation>Financiado, total</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Em dinheiro</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>Em espécie</translation>
        </message>
        <message>
            <source>Share of funding</source>
            <translation>Participação no financiamento</translation>
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
            <translation>Todos os planos</translation>
        </message>
        <message>
            <source>Back to the list of plans (%1)</source>
            <translation>Voltar à lista de planos (%1)</translation>
        </message>
        <message>
            <source>&amp;Plans</source>
            <translation>Plan&amp;os</translation>
        </message>
        <message>
            <source>All &amp;actions</source>
            <translation>&amp;Todas as ações</translation>
        </message>
        <message>
            <source>Cannot read the database</source>
            <translation>Não é possível ler o banco de dados</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Excluir ação</translation>
        </message>
        <message>
            <source>Delete action “%1”</source>
            <translation>Excluir ação “%1”</translation>
        </message>
        <message>
            <source>Delete action plan</source>
            <translation>Excluir plano de ação</translation>
        </message>
        <message>
            <source>Delete action plan “%1”</source>
            <translation>Excluir plano de ação “%1”</translation>
        </message>
    </context>
    <context>
        <name>PlansListPage</name>
        <message>
            <source>Title, agenda or initiative</source>
            <translation>Título, agenda ou iniciativa</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Pesquisar:</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Filtro de status</translation>
        </message>
        <message>
            <source>&amp;New plan</source>
            <translation>&amp;Novo plano</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Delete plan…</source>
            <translation>E&amp;xcluir plano…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Save the rows of the list, as searched and filtered, to Excel or CSV</source>
            <translation>Salvar em Excel ou CSV as linhas da lista, com a busca e os filtros aplicados</translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s) found</source>
            <translation>
                <numerusform>%n plano encontrado</numerusform>
                <numerusform>%n planos encontrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s)</source>
            <translation>
                <numerusform>%n plano</numerusform>
                <numerusform>%n planos</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan matches the search or the filter.</source>
            <translation>Nenhum plano corresponde à pesquisa ou ao filtro.</translation>
        </message>
        <message>
            <source>There are no action plans yet. Create one with “New plan”.</source>
            <translation>Ainda não há planos de ação. Crie um com “Novo plano”.</translation>
        </message>
        <message>
            <source>Action plans</source>
            <translation>Planos de ação</translation>
        </message>
    </context>
    <context>
        <name>PlansPanel</name>
        <message>
            <source>Action plans and their progress</source>
            <translation>Planos de ação e seu progresso</translation>
        </message>
        <message>
            <source>No action plans yet: create one for an agenda or an initiative, and its progress appears here.</source>
            <translation>Ainda não há planos de ação: crie um para uma agenda ou uma iniciativa, e o progresso dele aparecerá aqui.</translation>
        </message>
        <message>
            <source>Progress is the mean of the actions' progress, cancelled ones left out.</source>
            <translation>O progresso é a média do progresso das ações, sem contar as canceladas.</translation>
        </message>
        <message numerus="yes">
            <source>%n more plan(s) not shown.</source>
            <translation>
                <numerusform>Mais %n plano não exibido.</numerusform>
                <numerusform>Mais %n planos não exibidos.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Fill empty fields</source>
            <translation>Preencher os vazios</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejeitada</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>O que fazer</translation>
        </message>
        <message>
            <source>Match or problem</source>
            <translation>Correspondência ou problema</translation>
        </message>
        <message>
            <source>Double-click to change what happens to this row</source>
            <translation>Clique duas vezes para mudar o que acontece com esta linha</translation>
        </message>
        <message>
            <source>Matches %1 (%2)</source>
            <translation>Corresponde a %1 (%2)</translation>
        </message>
        <message>
            <source>Same as row %1</source>
            <translation>Igual à linha %1</translation>
        </message>
        <message>
            <source>New organization: %1</source>
            <translation>Organização nova: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>Confira as linhas</translation>
        </message>
        <message>
            <source>Yellow cells were corrected (point at them to see how); red ones cannot be stored, and their row is not imported. Change what happens to a row in “What to do”.</source>
            <translation>As células amarelas foram corrigidas (passe o mouse sobre elas para ver como); as vermelhas não podem ser salvas e a linha delas não é importada. Mude o que acontece com uma linha em “O que fazer”.</translation>
        </message>
        <message>
            <source>Only rows with problems</source>
            <translation>Só linhas com problemas</translation>
        </message>
        <message>
            <source>Apply to selected rows</source>
            <translation>Aplicar às linhas selecionadas</translation>
        </message>
        <message>
            <source>What to do with the selected rows:</source>
            <translation>O que fazer com as linhas selecionadas:</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando a pré-visualização…</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Verificando as linhas</translation>
        </message>
        <message>
            <source>The preview was cancelled. Go Back, or Next to try again.</source>
            <translation>A pré-visualização foi cancelada. Clique em Voltar, ou em Próximo para tentar de novo.</translation>
        </message>
        <message numerus="yes">
            <source>Row(s) %1 of the file have quotation marks a CSV file does not allow (one never closed, or quotes inside quotes): each line was read as one row, as written. Check those rows.</source>
            <translation>
                <numerusform>A linha %1 do arquivo tem aspas que um arquivo CSV não admite (uma que nunca fecha, ou aspas dentro de aspas): cada linha foi lida como uma linha, como está escrita. Confira essa linha.</numerusform>
                <numerusform>As linhas %1 do arquivo têm aspas que um arquivo CSV não admite (uma que nunca fecha, ou aspas dentro de aspas): cada linha foi lida como uma linha, como está escrita. Confira essas linhas.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no rows to import under the header row (row %1). Go Back to choose another sheet or header row.</source>
            <translation>Não há linhas para importar abaixo da linha de cabeçalhos (linha %1). Clique em Voltar para escolher outra planilha ou outra linha de cabeçalhos.</translation>
        </message>
        <message numerus="yes">
            <source>%n data row(s)</source>
            <translation>
                <numerusform>%n linha de dados</numerusform>
                <numerusform>%n linhas de dados</numerusform>
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
                <numerusform>%n rejeitada</numerusform>
                <numerusform>%n rejeitadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match existing records</source>
            <translation>
                <numerusform>%n corresponde a um registro existente</numerusform>
                <numerusform>%n correspondem a registros existentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated in the file</source>
            <translation>
                <numerusform>%n repetida no arquivo</numerusform>
                <numerusform>%n repetidas no arquivo</numerusform>
            </translation>
        </message>
        <message>
            <source>Not counted: %1 blank, %2 total and %3 footnote rows.</source>
            <translation>Não são contadas as linhas em branco (%1), as de totais (%2) nem as notas de rodapé (%3).</translation>
        </message>
        <message>
            <source>Not counted: %1 blank and %2 total rows.</source>
            <translation>Não são contadas as linhas em branco (%1) nem as de totais (%2).</translation>
        </message>
        <message>
            <source>Will create %1, update %2 and skip %3.</source>
            <translation>%1 a criar, %2 a atualizar e %3 a ignorar.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not take this choice and kept theirs.</source>
            <translation>
                <numerusform>%n linha não aceitava esta opção e manteve a sua.</numerusform>
                <numerusform>%n linhas não aceitavam esta opção e mantiveram a sua.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressDelegate</name>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
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
            <translation>Salvar</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Salvar (%1)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Correct the marked fields before saving.</source>
            <translation>Corrija os campos marcados antes de salvar.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <source>Discard the changes you made in this form?</source>
            <translation>Descartar as alterações que você fez neste formulário?</translation>
        </message>
    </context>
    <context>
        <name>ResponsiblePerson</name>
        <message>
            <source>No specific person</source>
            <translation>Nenhuma pessoa específica</translation>
        </message>
        <message>
            <source>Someone else, from the directory…</source>
            <translation>Outra pessoa, do diretório…</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar um backup</translation>
        </message>
        <message>
            <source>Choose the moment to go back to. The database as it is now is backed up first, so you can come back to it with Restore… again.</source>
            <translation>Escolha o momento para o qual quer voltar. Antes, é feito um backup do banco de dados como está agora, então você pode voltar a ele usando Restaurar… de novo.</translation>
        </message>
        <message>
            <source>Reading the backups…</source>
            <translation>Lendo os backups…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Choose a &amp;file…</source>
            <translation>Escolher um &amp;arquivo…</translation>
        </message>
        <message>
            <source>Show the backups &amp;folder</source>
            <translation>Mostrar a &amp;pasta de backups</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s). Hover over a date to see its file.</source>
            <translation>
                <numerusform>%n backup. Passe o mouse sobre uma data para ver o arquivo.</numerusform>
                <numerusform>%n backups. Passe o mouse sobre uma data para ver o arquivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no backups of this database yet: AgencyDesk takes one at the first start of each day. To restore a copy from elsewhere, choose its file.</source>
            <translation>Ainda não há backups deste banco de dados: o AgencyDesk faz um na primeira abertura de cada dia. Para restaurar uma cópia de outro lugar, escolha o arquivo dela.</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Escolher um arquivo de backup</translation>
        </message>
        <message>
            <source>%1 cannot be restored: %2</source>
            <translation>Não é possível restaurar %1: %2</translation>
        </message>
        <message>
            <source>Go back to the backup of %1 (%2)?

What was entered after it will no longer be in the database; the database as it is now is backed up first, so nothing is lost.</source>
            <translation>Voltar ao backup de %1 (%2)?

O que foi registrado depois dele não estará mais no banco de dados; antes, é feito um backup do banco de dados como está agora, então nada se perde.</translation>
        </message>
    </context>
    <context>
        <name>RestoreFlow</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar um backup</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>O backup de %1 foi restaurado.</translation>
        </message>
        <message>
            <source>The database as it was just before is kept as a backup of %1: Restore… lists it.</source>
            <translation>O banco de dados como estava logo antes fica guardado como backup de %1: ele aparece na lista de Restaurar….</translation>
        </message>
        <message>
            <source>The damaged database was moved to %1.</source>
            <translation>O banco de dados danificado foi movido para %1.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Done</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <source>&amp;Save the rejected rows…</source>
            <translation>&amp;Salvar as linhas rejeitadas…</translation>
        </message>
        <message>
            <source>A workbook with the rows that were not imported and an Error column: fix them and import that file again.</source>
            <translation>Um arquivo do Excel com as linhas que não foram importadas e uma coluna “Error”: corrija-as e importe esse arquivo de novo.</translation>
        </message>
        <message>
            <source>&amp;Open the list</source>
            <translation>&amp;Abrir a lista</translation>
        </message>
        <message>
            <source>The import is saved. You can undo it from File › Import history.</source>
            <translation>A importação foi salva. Você pode desfazê-la em Arquivo › Histórico de importações.</translation>
        </message>
        <message>
            <source>Created: %1</source>
            <translation>Criados: %1</translation>
        </message>
        <message>
            <source>Updated: %1</source>
            <translation>Atualizados: %1</translation>
        </message>
        <message>
            <source>Unchanged: %1</source>
            <translation>Sem alterações: %1</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Ignorados: %1</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>Linhas rejeitadas: %1</translation>
        </message>
        <message>
            <source>Organizations added to the directory: %1</source>
            <translation>Organizações adicionadas ao diretório: %1</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>Salvar as linhas rejeitadas</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Arquivo do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erro</translation>
        </message>
        <message>
            <source>Saving the rejected rows</source>
            <translation>Salvando as linhas rejeitadas</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved to %1</source>
            <translation>
                <numerusform>%n linha salva em %1</numerusform>
                <numerusform>%n linhas salvas em %1</numerusform>
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
            <translation>Tudo é salvo de uma vez quando você clica em Importar: se cancelar, nada é salvo. Uma importação pode ser desfeita depois em Arquivo › Histórico de importações.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>File: %1, sheet “%2”.</source>
            <translation>Arquivo: %1, aba “%2”.</translation>
        </message>
        <message>
            <source>What it holds: %1.</source>
            <translation>Conteúdo: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s) will be created.</source>
            <translation>
                <numerusform>%n registro novo será criado.</numerusform>
                <numerusform>%n registros novos serão criados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n existing record(s) will be updated.</source>
            <translation>
                <numerusform>%n registro existente será atualizado.</numerusform>
                <numerusform>%n registros existentes serão atualizados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be skipped.</source>
            <translation>
                <numerusform>%n linha será ignorada.</numerusform>
                <numerusform>%n linhas serão ignoradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be imported (you can save them afterwards).</source>
            <translation>
                <numerusform>%n linha não pode ser importada (você poderá salvá-la depois).</numerusform>
                <numerusform>%n linhas não podem ser importadas (você poderá salvá-las depois).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) will be added to the directory: %1</source>
            <translation>
                <numerusform>%n organização será adicionada ao diretório: %1</numerusform>
                <numerusform>%n organizações serão adicionadas ao diretório: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>A new action plan “%1” will be created.</source>
            <translation>Será criado o novo plano de ação “%1”.</translation>
        </message>
        <message>
            <source>Importing %1</source>
            <translation>Importando %1</translation>
        </message>
        <message>
            <source>The import was cancelled: nothing was saved.</source>
            <translation>A importação foi cancelada: nada foi salvo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>e.g. Gerencia de Desarrollo Económico</source>
            <translation>ex.: Secretaria de Desenvolvimento Econômico</translation>
        </message>
        <message>
            <source>Your name, as it should appear in the history</source>
            <translation>Seu nome, como deve aparecer no histórico</translation>
        </message>
        <message>
            <source>&amp;Office name:</source>
            <translation>Nome do &amp;escritório:</translation>
        </message>
        <message>
            <source>Logo for documents:</source>
            <translation>Logotipo para os documentos:</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>Seu &amp;nome:</translation>
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
            <translation>Banco de dados &amp;compartilhado:</translation>
        </message>
        <message>
            <source>The office's name and logo head every PDF document. Your name is recorded with every change you make. The country decides how dates and identity numbers are read in imported spreadsheets.</source>
            <translation>O nome e o logotipo do escritório aparecem no topo de cada documento PDF. Seu nome fica registrado em cada alteração que fizer. O país define como as datas e os números de identidade das planilhas importadas são lidos.</translation>
        </message>
        <message>
            <source>A shared database lives on the office's PostgreSQL server, for everyone at once; AgencyDesk opens it when you press OK. Leave it empty to work with a file on this computer. The password may stay out of the address, in PostgreSQL's password file (pgpass).</source>
            <translation>Um banco de dados compartilhado fica no servidor PostgreSQL do escritório, para todos ao mesmo tempo; o AgencyDesk o abre quando você clica em OK. Deixe o campo vazio para trabalhar com um arquivo neste computador. A senha pode ficar fora do endereço, no arquivo de senhas do PostgreSQL (pgpass).</translation>
        </message>
        <message>
            <source>Shared database</source>
            <translation>Banco de dados compartilhado</translation>
        </message>
        <message>
            <source>Logo for documents</source>
            <translation>Logotipo para os documentos</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <source>Choose the sheet</source>
            <translation>Escolha a aba</translation>
        </message>
        <message>
            <source>The sheet whose column names AgencyDesk recognises best is chosen. Hidden sheets are listed but not proposed.</source>
            <translation>É escolhida a aba cujos nomes de coluna o AgencyDesk reconhece melhor. As abas ocultas aparecem na lista, mas não são sugeridas.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Aba</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Linhas</translation>
        </message>
        <message>
            <source>Columns recognised</source>
            <translation>Colunas reconhecidas</translation>
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
            <translation>Lista de presença</translation>
        </message>
        <message>
            <source>Please sign in the row with your name. If your name is not printed, write your name, institution and position in a blank row and sign.</source>
            <translation>Assine na linha com o seu nome. Se o seu nome não estiver impresso, escreva nome, instituição e cargo em uma linha em branco e assine.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nº</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Instituição</translation>
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
            <translation>Assinatura</translation>
        </message>
    </context>
    <context>
        <name>StatusDelegate</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>StatusSteps</name>
        <message>
            <source>Move “%1” to “%2”</source>
            <translation>Passar “%1” para “%2”</translation>
        </message>
        <message>
            <source>The previous step is dated %1: this one cannot be earlier.</source>
            <translation>A etapa anterior tem data de %1: esta não pode ser anterior.</translation>
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
            <translation>Apr&amp;ovar ata…</translation>
        </message>
        <message>
            <source>&amp;Reopen minutes…</source>
            <translation>Rea&amp;brir ata…</translation>
        </message>
        <message>
            <source>Cancel meeting…</source>
            <translation>Cancelar sessão…</translation>
        </message>
        <message>
            <source>Rein&amp;state</source>
            <translation>Restabelece&amp;r</translation>
        </message>
        <message>
            <source>The session took place: record attendance, minutes and agreements</source>
            <translation>A sessão foi realizada: registre a presença, a ata e os acordos</translation>
        </message>
        <message>
            <source>The minutes become read-only; reopening them is recorded</source>
            <translation>A ata passa a ser somente leitura; a reabertura fica registrada</translation>
        </message>
        <message>
            <source>Make the minutes editable again; the reason is recorded</source>
            <translation>Tornar a ata editável novamente; o motivo fica registrado</translation>
        </message>
        <message>
            <source>The session will not take place</source>
            <translation>A sessão não será realizada</translation>
        </message>
        <message>
            <source>Plan the cancelled session again</source>
            <translation>Agendar novamente a sessão cancelada</translation>
        </message>
        <message>
            <source>Approve the minutes of “%1”? They become read-only: the meeting's data, agenda, attendance and the wording of its agreements. Reopening them later is recorded with who, when and why.</source>
            <translation>Aprovar a ata de “%1”? Ela passará a ser somente leitura: os dados da sessão, a pauta, a presença e a redação dos acordos. Se for reaberta depois, ficará registrado quem, quando e por quê.</translation>
        </message>
        <message>
            <source>Approve minutes</source>
            <translation>Aprovar ata</translation>
        </message>
        <message>
            <source>Approve the minutes of “%1”</source>
            <translation>Aprovar a ata de “%1”</translation>
        </message>
        <message>
            <source>Reopen minutes</source>
            <translation>Reabrir ata</translation>
        </message>
        <message>
            <source>Why are the minutes of “%1” reopened? The reason is recorded with your name and the time.</source>
            <translation>Por que a ata de “%1” está sendo reaberta? O motivo fica registrado com seu nome e o horário.</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>Reopen the minutes of “%1”</source>
            <translation>Reabrir a ata de “%1”</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>Cancelar sessão</translation>
        </message>
        <message>
            <source>Cancel “%1”? It becomes read-only; you can reinstate it later. Reason (optional):</source>
            <translation>Cancelar “%1”? Ela passará a ser somente leitura; é possível restabelecê-la depois. Motivo (opcional):</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Cancelar a sessão</translation>
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
            <translation>Restabelecer “%1”</translation>
        </message>
        <message>
            <source>Cannot change the status</source>
            <translation>Não é possível alterar o status</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Download template</source>
            <translation>Baixar modelo</translation>
        </message>
        <message>
            <source>What will the partners fill in?</source>
            <translation>O que os parceiros vão preencher?</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Arquivo do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The template was saved to %1. Send it to your partners: its first sheet explains, in Spanish, how to fill it in. When it comes back, import it with File › Import….</source>
            <translation>O modelo foi salvo em %1. Envie-o aos seus parceiros: a primeira aba explica, em espanhol, como preenchê-lo. Quando ele voltar, importe-o com Arquivo › Importar….</translation>
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
            <translation>Ainda não há ações com datas</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) without dates</source>
            <translation>
                <numerusform>%n ação sem datas</numerusform>
                <numerusform>%n ações sem datas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>Hoje: %1</translation>
        </message>
        <message>
            <source>No axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress: %1</source>
            <translation>Progresso: %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 a %2</translation>
        </message>
        <message>
            <source>Starts %1</source>
            <translation>Começa em %1</translation>
        </message>
        <message>
            <source>Ends %1</source>
            <translation>Termina em %1</translation>
        </message>
        <message>
            <source>No dates</source>
            <translation>Sem datas</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Past its end date</source>
            <translation>Data de término vencida</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
    </context>
    <context>
        <name>TimelineLegend</name>
        <message>
            <source>Filled part: progress</source>
            <translation>Parte preenchida: progresso</translation>
        </message>
        <message>
            <source>Past its end date</source>
            <translation>Passou da data de término</translation>
        </message>
        <message>
            <source>Single date</source>
            <translation>Data única</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoje</translation>
        </message>
    </context>
    <context>
        <name>TotalsView</name>
        <message>
            <source>Cancelled actions are counted among the actions, but left out of the money totals and of the progress.</source>
            <translation>As ações canceladas são contadas entre as ações, mas ficam fora dos totais em dinheiro e do progresso.</translation>
        </message>
        <message>
            <source>Totals by axis</source>
            <translation>Totais por eixo</translation>
        </message>
        <message>
            <source>Funding by source</source>
            <translation>Financiamento por fonte</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Eixo</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Em dinheiro</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>Em espécie</translation>
        </message>
        <message>
            <source>Not funded</source>
            <translation>Sem financiamento</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Without axis</source>
            <translation>Sem eixo</translation>
        </message>
        <message>
            <source>Whole plan</source>
            <translation>Plano inteiro</translation>
        </message>
        <message>
            <source>All sources</source>
            <translation>Todas as fontes</translation>
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
            <translation>A vencer</translation>
        </message>
        <message>
            <source>open and past its due date</source>
            <translation>em aberto e com o prazo vencido</translation>
        </message>
    </context>
    <context>
        <name>UrgencyLegend</name>
        <message numerus="yes">
            <source>due within %n day(s)</source>
            <translation>
                <numerusform>vence em %n dia ou menos</numerusform>
                <numerusform>vence em %n dias ou menos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UsagePhrases</name>
        <message numerus="yes">
            <source>%n territory(ies)</source>
            <translation>
                <numerusform>%n território</numerusform>
                <numerusform>%n territórios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organização</numerusform>
                <numerusform>%n organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
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
                <numerusform>%n meta</numerusform>
                <numerusform>%n metas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n priority sector(s)</source>
            <translation>
                <numerusform>%n setor prioritário</numerusform>
                <numerusform>%n setores prioritários</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n status change(s)</source>
            <translation>
                <numerusform>%n mudança de status</numerusform>
                <numerusform>%n mudanças de status</numerusform>
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
                <numerusform>%n participação em iniciativas</numerusform>
                <numerusform>%n participações em iniciativas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n gargalo</numerusform>
                <numerusform>%n gargalos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action plan(s)</source>
            <translation>
                <numerusform>%n plano de ação</numerusform>
                <numerusform>%n planos de ação</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n ação</numerusform>
                <numerusform>%n ações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n funding line(s)</source>
            <translation>
                <numerusform>%n linha de financiamento</numerusform>
                <numerusform>%n linhas de financiamento</numerusform>
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
                <numerusform>%n medição</numerusform>
                <numerusform>%n medições</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n sessão</numerusform>
                <numerusform>%n sessões</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n item de pauta</numerusform>
                <numerusform>%n itens de pauta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance record(s)</source>
            <translation>
                <numerusform>%n registro de presença</numerusform>
                <numerusform>%n registros de presença</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n acordo</numerusform>
                <numerusform>%n acordos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s) of a meeting</source>
            <translation>
                <numerusform>%n ponto de pauta de uma sessão</numerusform>
                <numerusform>%n pontos de pauta de uma sessão</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of a meeting's log</source>
            <translation>
                <numerusform>%n etapa do histórico de uma sessão</numerusform>
                <numerusform>%n etapas do histórico de uma sessão</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to AgencyDesk</source>
            <translation>Boas-vindas ao AgencyDesk</translation>
        </message>
        <message>
            <source>AgencyDesk keeps the work of a productive-development office in one place on this computer: the actors of the territory, the strategic agenda, the mesas and their bottlenecks, the action plans and the minutes of every meeting. It works without internet.</source>
            <translation>O AgencyDesk reúne o trabalho de um escritório de desenvolvimento produtivo em um só lugar, neste computador: os atores do território, a agenda estratégica, as mesas de trabalho e seus gargalos, os planos de ação e as atas de cada reunião. Funciona sem internet.</translation>
        </message>
        <message>
            <source>Explore the demo data</source>
            <translation>Explorar os dados de demonstração</translation>
        </message>
        <message>
            <source>Open a copy of a sample office with agendas and mesas in Soconusco, Ucayali and Los Ríos. Nothing you do there touches your own data.</source>
            <translation>Abra uma cópia de um escritório de exemplo com agendas e mesas de trabalho em Soconusco, Ucayali e Los Ríos. Nada do que você fizer ali afeta os seus próprios dados.</translation>
        </message>
        <message>
            <source>Start with an empty database</source>
            <translation>Começar com um banco de dados vazio</translation>
        </message>
        <message>
            <source>Begin registering your own organizations and contacts.</source>
            <translation>Comece a cadastrar suas próprias organizações e contatos.</translation>
        </message>
        <message>
            <source>Open an existing database…</source>
            <translation>Abrir um banco de dados existente…</translation>
        </message>
        <message>
            <source>Choose an AgencyDesk file, for example one copied from another computer.</source>
            <translation>Escolha um arquivo do AgencyDesk, por exemplo, um copiado de outro computador.</translation>
        </message>
        <message>
            <source>Import a spreadsheet…</source>
            <translation>Importar uma planilha…</translation>
        </message>
        <message>
            <source>Bring in the organizations, contacts or actions a partner sent you in Excel, LibreOffice or CSV.</source>
            <translation>Traga as organizações, os contatos ou as ações que um parceiro enviou em Excel, LibreOffice ou CSV.</translation>
        </message>
        <message>
            <source>Read the user guide</source>
            <translation>Ler o guia do usuário</translation>
        </message>
        <message>
            <source>every task step by step, with pictures (F1)</source>
            <translation>cada tarefa passo a passo, com imagens (F1)</translation>
        </message>
    </context>
    <context>
        <name>WorkflowBox</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The date of the next step; “Mark resolved…” and “Drop…” ask it again</source>
            <translation>A data da próxima etapa; “Marcar como resolvido…” e “Descartar…” pedem a data novamente</translation>
        </message>
        <message>
            <source>Next step, on:</source>
            <translation>Próxima etapa, em:</translation>
        </message>
        <message>
            <source>&amp;Agree solution</source>
            <translation>Aco&amp;rdar solução</translation>
        </message>
        <message>
            <source>S&amp;tart</source>
            <translation>Inicia&amp;r</translation>
        </message>
        <message>
            <source>Mark &amp;resolved…</source>
            <translation>Marcar como &amp;resolvido…</translation>
        </message>
        <message>
            <source>Dro&amp;p…</source>
            <translation>Desc&amp;artar…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>&amp;Reabrir…</translation>
        </message>
        <message>
            <source>The competent entity and the mesa agreed how</source>
            <translation>A entidade competente e a mesa acordaram como</translation>
        </message>
        <message>
            <source>Work on the solution has begun</source>
            <translation>O trabalho na solução começou</translation>
        </message>
        <message>
            <source>A new bottleneck starts as “Identified” on the date you give it.</source>
            <translation>Um novo gargalo começa como “Identificado” na data informada.</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Evidência: %1</translation>
        </message>
        <message numerus="yes">
            <source>Open for %n day(s)</source>
            <translation>
                <numerusform>Aberto há %n dia</numerusform>
                <numerusform>Aberto há %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Was open %n day(s)</source>
            <translation>
                <numerusform>Ficou aberto %n dia</numerusform>
                <numerusform>Ficou aberto %n dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) of the plan remove it</source>
            <translation>
                <numerusform>%n ação do plano o elimina</numerusform>
                <numerusform>%n ações do plano o eliminam</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) refer to it</source>
            <translation>
                <numerusform>%n acordo se refere a ele</numerusform>
                <numerusform>%n acordos se referem a ele</numerusform>
            </translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
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
                <numerusform>%n linha salva em %1.</numerusform>
                <numerusform>%n linhas salvas em %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</source>
            <translation>
                <numerusform>%n texto longo foi cortado em %1 caracteres, o limite do Excel; a exportação .csv o mantém inteiro.</numerusform>
                <numerusform>%n textos longos foram cortados em %1 caracteres, o limite do Excel; a exportação .csv os mantém inteiros.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <source>the other office</source>
            <translation>outro escritório</translation>
        </message>
    </context>
</TS>
