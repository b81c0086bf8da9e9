<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
    <name>AppController</name>
    <message>
        <source>AgencyDesk opened your default database instead: %1</source>
        <translation>Em vez disso, o AgencyDesk abriu seu banco de dados padrão: %1</translation>
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
</context>
<context>
    <name>OrgPicker</name>
    <message>
        <source>Type part of the name, then choose from the list</source>
        <translation>Digite parte do nome e escolha na lista</translation>
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
</TS>
