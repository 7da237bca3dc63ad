// The owner and participant pickers find colleagues on the server (an agent has no users.read), keep the viewer and
// the users already on the activity offered, and the client's persons filtered locally.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ActivityColleagueOptionsQuery } from '../api/activity-colleague-options-query.ts';
import { ColleagueSelect, ParticipantsSelect } from './activity-pickers.tsx';

const colleague = (id: string, name: string, email: string) => ({ __typename: 'Colleague', id, name, email });
const page = (...nodes: ReturnType<typeof colleague>[]) => ({
  data: {
    colleagues: {
      __typename: 'ColleagueConnection',
      edges: nodes.map((node) => ({ __typename: 'ColleagueEdge', node })),
    },
  },
});

const marko = colleague('u-marko', 'Marko Marić', 'marko@veza.test');
const tomas = colleague('u-tomas', 'Tomáš Agent', 'tomas@veza.test');
const answer = (search: string | null, result: ReturnType<typeof page>) => ({
  request: { query: ActivityColleagueOptionsQuery, variables: { search } },
  result,
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const mocks = [answer(null, page(marko, tomas)), answer('tom', page(tomas)), answer('pet', page())];

// An agent: activities but no users.read.
const agent = testSession(['activities.read', 'activities.write']);
// jsdom has no layout: once options arrive floating-ui would call the input detached and hide the open dropdown.
const comboboxProps = { hideDetached: false };

/** Texts shown outside the dropdown (the chosen values' pills). */
const pills = (name: string) => screen.queryAllByText(name).filter((el) => !el.closest('[role="option"]'));

function Owner({
  onChange,
  known = [],
}: {
  onChange: (v: string | null) => void;
  known?: { id: string; name: string }[];
}) {
  const [value, setValue] = useState<string | null>('u1');
  return (
    <ColleagueSelect
      label="Assigned to"
      comboboxProps={comboboxProps}
      known={known}
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

function Participants({ initial, onChange }: { initial: string[]; onChange: (v: string[]) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <ParticipantsSelect
      label="Participants"
      comboboxProps={comboboxProps}
      persons={[{ id: 'p-petra', fullName: 'Petra Perić' }]}
      known={[{ id: 'u-old', name: 'Olga Old' }]}
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

/** Typing happens in the focused input (Mantine takes a change elsewhere for autofill). */
function type(input: HTMLElement, text: string) {
  input.focus();
  fireEvent.click(input);
  fireEvent.change(input, { target: { value: text } });
}

const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('colleague pickers', { timeout: 20_000 }, () => {
  it('offers an agent the viewer and the assigned user first, then colleagues from the server with e-mails', async () => {
    renderWithProviders(<Owner onChange={() => {}} known={[{ id: 'u-old', name: 'Olga Old' }]} />, {
      session: agent,
      mocks,
    });
    const input = screen.getByRole('combobox', { name: 'Assigned to' });
    expect((input as HTMLInputElement).value).toBe('Ana Horvat');
    fireEvent.click(input);
    await screen.findByRole('option', { name: /Marko Marić/ });
    expect(optionNames()).toEqual([
      'Ana Horvat',
      'Olga Old',
      'Marko Marićmarko@veza.test',
      'Tomáš Agenttomas@veza.test',
    ]);
  });

  it('searches the server with the typed text and hands the chosen colleague id back', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Owner onChange={onChange} />, { session: agent, mocks });
    const input = screen.getByRole('combobox', { name: 'Assigned to' });
    type(input, 'tom');
    // The current choice stays listed (and readable); the rest is what the server found for the text.
    await waitFor(() => expect(optionNames()).toEqual(['Ana Horvat', 'Tomáš Agenttomas@veza.test']));
    fireEvent.click(screen.getByRole('option', { name: /Tomáš Agent/ }));
    expect(onChange).toHaveBeenLastCalledWith('u-tomas');
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('Tomáš Agent'));
  });

  it('invites colleagues found on the server, filters persons locally, and keeps names of those already invited', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Participants initial={['user:u-old']} onChange={onChange} />, { session: agent, mocks });
    await waitFor(() => expect(pills('Olga Old')).toHaveLength(1));
    const input = screen.getByRole('combobox', { name: 'Participants' });
    fireEvent.click(input);
    const listbox = await screen.findByRole('listbox');
    await within(listbox).findByRole('option', { name: /Tomáš Agent/ });
    expect(within(listbox).getByText('Petra Perić')).toBeTruthy();
    fireEvent.click(within(listbox).getByRole('option', { name: /Tomáš Agent/ }));
    expect(onChange).toHaveBeenLastCalledWith(['user:u-old', 'user:u-tomas']);
    type(input, 'pet');
    await waitFor(() => expect(optionNames()).toEqual(['Petra Perić']));
    // The invited colleague keeps the name though the server no longer returns him.
    expect(pills('Tomáš Agent')).toHaveLength(1);
  });
});
