// Suggested salutations: Czech vocative of the surname (vokativ), Polish vocative of the first name, Croatian titles.
import { describe, expect, it } from 'vitest';
import { polishVocative, suggestSalutation } from './salutation.ts';

describe('suggested salutation', () => {
  it.each([
    ['cs', 'Jan', 'Novák', 'Vážený pane Nováku'],
    ['cs', 'Petr', 'Svoboda', 'Vážený pane Svobodo'],
    ['cs', 'Tomáš', 'Dvořák', 'Vážený pane Dvořáku'],
    ['cs', 'Jana', 'Nováková', 'Vážená paní Nováková'],
    ['cs', 'Eva', 'Černá', 'Vážená paní Černá'],
    ['pl', 'Anna', 'Kowalska', 'Szanowna Pani Anno'],
    ['pl', 'Marek', 'Nowak', 'Szanowny Panie Marku'],
    ['pl', 'Piotr', 'Wiśniewski', 'Szanowny Panie Piotrze'],
    ['pl', 'Kuba', 'Zieliński', 'Szanowny Panie Kubo'],
    ['hr', 'Ivan', 'Horvat', 'Poštovani gospodine Horvat'],
    ['hr', 'Ivana', 'Horvat', 'Poštovana gospođo Horvat'],
    ['hr', 'Luka', 'Babić', 'Poštovani gospodine Babić'],
    ['en', 'Ana', 'Smith', 'Dear Ana'],
  ])('in %s for %s %s is “%s”', (language, first, last, expected) => {
    expect(suggestSalutation(language, first, last)).toBe(expected);
  });

  it.each([
    ['Paweł', false, 'Pawle'],
    ['Michał', false, 'Michale'],
    ['Tomasz', false, 'Tomaszu'],
    ['Andrzej', false, 'Andrzeju'],
    ['Robert', false, 'Robercie'],
    ['Konrad', false, 'Konradzie'],
    ['Jan', false, 'Janie'],
    ['Adam', false, 'Adamie'],
    ['Jerzy', false, 'Jerzy'],
    ['Katarzyna', true, 'Katarzyno'],
    ['Kasia', true, 'Kasiu'],
    ['Ola', true, 'Olu'],
    ['Izabela', true, 'Izabelo'],
  ])('Polish vocative of %s is %s', (name, woman, expected) => {
    expect(polishVocative(name, woman as boolean)).toBe(expected);
  });
});
