// What the import runner asks of each kind of import (clients, persons): decide a batch of rows, then write it.
import type { Prisma } from '../../db/prisma.ts';
import type { Counts, IssueRow } from './imports.repository.ts';

export type Row = { rowNo: number; cells: string[] };

/** A batch decided: its counts and report rows, and the writes (run in the batch's transaction unless a dry run). */
export type BatchPlan = { counts: Counts; issues: IssueRow[]; write: (tx: Prisma.TransactionClient) => Promise<void> };

export type EntityImporter = { decide(rows: Row[]): Promise<BatchPlan> };

export const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, invalid: 0 });
