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
        <source>&lt;a href=&apos;#delayed&apos;&gt;%n more action(s)&lt;/a&gt; past their end date but not marked delayed.</source>
        <translation>
            <numerusform>&lt;a href=&apos;#delayed&apos;&gt;Mais %n ação&lt;/a&gt; já passou da data de término, mas não está marcada como atrasada.</numerusform>
            <numerusform>&lt;a href=&apos;#delayed&apos;&gt;Mais %n ações&lt;/a&gt; já passaram da data de término, mas não estão marcadas como atrasadas.</numerusform>
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
        <source>&amp;Edit action…</source>
        <translation>&amp;Editar ação…</translation>
    </message>
    <message>
        <source>&amp;Delete action…</source>
        <translation>E&amp;xcluir ação…</translation>
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
        <source>Double-click an agenda, or press Enter, to open its page.</source>
        <translation>Clique duas vezes em uma agenda, ou pressione Enter, para abrir a página dela.</translation>
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
        <source>There are no agendas yet. Create the territory&apos;s strategic agenda with “New agenda”: its vision, goals and priority sectors.</source>
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
        <translation>&amp;Editar agenda…</translation>
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
        <source>Progress of the agenda&apos;s plans</source>
        <translation>Progresso dos planos da agenda</translation>
    </message>
    <message>
        <source>&amp;Strategic goals (what)</source>
        <translation>Objetivos e&amp;stratégicos (o quê)</translation>
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
        <source>No action plan yet, neither the agenda&apos;s own nor of its initiatives.</source>
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
            <numerusform>I&amp;niciativas e planos (%n)</numerusform>
            <numerusform>I&amp;niciativas e planos (%n)</numerusform>
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
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <source>Co&amp;mpetent entity:</source>
        <translation>Entidade co&amp;mpetente:</translation>
    </message>
    <message>
        <source>&amp;Identified on:</source>
        <translation>&amp;Identificado em:</translation>
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
        <source>No bottlenecks recorded yet: register them on an initiative&apos;s Bottlenecks tab to follow them here.</source>
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
        <translation>&amp;Novo gargalo</translation>
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
        <translation>&amp;Linha de base:</translation>
    </message>
    <message>
        <source>Baseline da&amp;te:</source>
        <translation>&amp;Data da linha de base:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Target d&amp;ate:</source>
        <translation>Da&amp;ta da meta:</translation>
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
        <translation>&amp;Novo indicador</translation>
    </message>
    <message>
        <source>De&amp;lete indicator…</source>
        <translation>E&amp;xcluir indicador…</translation>
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
        <translation>&amp;Adicionar medição…</translation>
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
        <source>ECLAC&apos;s kinds of articulation initiative, or a Peruvian mesa ejecutiva</source>
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
        <translation>&amp;Editar</translation>
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
            <numerusform>&amp;Participantes (%n)</numerusform>
            <numerusform>&amp;Participantes (%n)</numerusform>
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
        <translation>Pl&amp;ano</translation>
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
        <source>Double-click an initiative, or press Enter, to open it.</source>
        <translation>Clique duas vezes em uma iniciativa, ou pressione Enter, para abri-la.</translation>
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
        <source>Delete “%1”? You can undo this with %2.</source>
        <translation>Excluir “%1”? Você pode desfazer isso com %2.</translation>
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
    <name>Messages</name>
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
        <source>This step is not possible from the bottleneck&apos;s current status.</source>
        <translation>Esta etapa não é possível a partir do status atual do gargalo.</translation>
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
        <source>The database {path} already has data; the demo needs an empty database.</source>
        <translation>O banco de dados {path} já contém dados; a demonstração precisa de um banco de dados vazio.</translation>
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
        <source>Write the three-letter currency code, such as PEN, MXN or CLP.</source>
        <translation>Escreva o código de moeda de três letras, como PEN, MXN ou CLP.</translation>
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
        <translation>E&amp;xcluir…</translation>
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
        <source>Ta&amp;x ID:</source>
        <translation>Identificação fis&amp;cal:</translation>
    </message>
    <message>
        <source>Te&amp;rritory:</source>
        <translation>Te&amp;rritório:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>En&amp;dereço:</translation>
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
        <translation>Data de re&amp;gistro:</translation>
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
        <source>&amp;Add participants…</source>
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
        <translation>E&amp;xcluir…</translation>
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
        <source>Actor type of the person&apos;s organization</source>
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
        <translation>Tele&amp;fone:</translation>
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
        <translation>Finalidade do con&amp;sentimento:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Obser&amp;vações:</translation>
    </message>
    <message>
        <source>Optional: offices report women&apos;s participation</source>
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
        <source>Edit &amp;plan…</source>
        <translation>Editar &amp;plano…</translation>
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
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;ronograma</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
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
    <name>PlansArea</name>
    <message>
        <source>&amp;All plans</source>
        <translation>&amp;Todos os planos</translation>
    </message>
    <message>
        <source>Back to the list of plans</source>
        <translation>Voltar à lista de planos</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planos</translation>
    </message>
    <message>
        <source>All &amp;actions</source>
        <translation>Todas as &amp;ações</translation>
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
        <source>Progress is the mean of the actions&apos; progress, cancelled ones left out.</source>
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
    <name>ProgressDelegate</name>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <source>Your name is recorded with every change you make. The country decides how dates and identity numbers are read in imported spreadsheets.</source>
        <translation>Seu nome é registrado em cada alteração que você faz. O país define como as datas e os números de identidade são lidos nas planilhas importadas.</translation>
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
            <numerusform>%n reunião</numerusform>
            <numerusform>%n reuniões</numerusform>
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
        <translation>&amp;Acordar solução</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Mark &amp;resolved…</source>
        <translation>Marcar como &amp;resolvido…</translation>
    </message>
    <message>
        <source>Dro&amp;p…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>R&amp;eabrir…</translation>
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
</TS>
