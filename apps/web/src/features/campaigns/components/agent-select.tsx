// Picks agents (users who can work campaigns) by name or e-mail; chosen ones stay labelled while the search changes.
import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCampaignAgents, type AgentOption } from '../hooks/use-campaign-agents.ts';

/** Names of every agent seen so far, so a chosen one keeps its label when a new search leaves it out. */
function useKnownNames(agents: readonly AgentOption[], known: Common['known']) {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [previous, setPrevious] = useState(agents);
  if (previous !== agents) {
    setPrevious(agents);
    setNames((old) => new Map([...old, ...agents.map((a) => [a.id, a.name] as const)]));
  }
  return (id: string) =>
    known?.find((k) => k.id === id)?.name ?? names.get(id) ?? agents.find((a) => a.id === id)?.name ?? id;
}

/** The server already filtered by the search text. */
const keepAll: OptionsFilter = ({ options }) => options;

interface Common {
  label: string;
  description?: string;
  error?: string;
  /** Known names of already chosen agents (e.g. from the loaded campaigns). */
  known?: readonly { id: string; name: string }[];
  /** Agents not to offer (the campaign's own agent when reassigning). */
  exclude?: readonly string[];
}

type Props =
  | (Common & { multiple: true; value: string[]; onChange: (value: string[]) => void })
  | (Common & {
      multiple?: false;
      value: string | null;
      onChange: (value: string | null) => void;
      clearable?: boolean;
    });

export function AgentSelect(props: Props) {
  const { t } = useTranslation();
  const { agents, setSearch } = useCampaignAgents();
  const nameOf = useKnownNames(agents, props.known);
  const selected = props.multiple ? props.value : props.value ? [props.value] : [];
  const offered = agents.filter((a) => !props.exclude?.includes(a.id));
  const data = [
    ...offered.map((a) => ({ value: a.id, label: a.name })),
    ...selected.filter((id) => !offered.some((a) => a.id === id)).map((id) => ({ value: id, label: nameOf(id) })),
  ];
  const common = {
    label: props.label,
    description: props.description,
    error: props.error,
    searchable: true,
    data,
    filter: keepAll,
    onSearchChange: setSearch,
    nothingFoundMessage: t('common.nothingFound'),
  };
  return props.multiple ? (
    <MultiSelect
      {...common}
      value={props.value}
      onChange={props.onChange}
      placeholder={props.value.length ? undefined : t('campaigns.agents.placeholder')}
      hidePickedOptions
    />
  ) : (
    <Select
      {...common}
      value={props.value}
      onChange={props.onChange}
      clearable={props.clearable}
      placeholder={t('campaigns.agents.placeholderOne')}
    />
  );
}
