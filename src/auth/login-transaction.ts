/**
 * A login in flight: what the callback needs to finish it, stored under its state.
 * Keyed by state in localStorage so two logins in two tabs do not overwrite each other;
 * deleted on first use and ignored after 10 minutes (the code's own lifetime).
 */
import type { BackendId } from './backends';

export interface LoginTransaction {
  verifier: string;
  backend: BackendId;
  clientId: string;
  redirectUri: string;
  returnTo: string;
  createdAt: number;
}

export const TRANSACTION_LIFETIME_MS = 10 * 60_000;
const PREFIX = 'slm.login.';

export function saveTransaction(state: string, transaction: LoginTransaction) {
  dropExpiredTransactions();
  localStorage.setItem(PREFIX + state, JSON.stringify(transaction));
}

/** The transaction for `state`, removed so it can be used once; undefined if unknown or expired. */
export function takeTransaction(state: string, now = Date.now()): LoginTransaction | undefined {
  const key = PREFIX + state;
  const raw = localStorage.getItem(key);
  localStorage.removeItem(key);
  if (!raw) return undefined;
  const transaction = parse(raw);
  if (!transaction || now - transaction.createdAt > TRANSACTION_LIFETIME_MS) return undefined;
  return transaction;
}

function parse(raw: string): LoginTransaction | undefined {
  try {
    const value = JSON.parse(raw) as Partial<LoginTransaction>;
    if (
      typeof value.verifier === 'string' &&
      typeof value.createdAt === 'number' &&
      typeof value.clientId === 'string'
    ) {
      return value as LoginTransaction;
    }
  } catch {
    // A corrupted entry is treated as unknown.
  }
  return undefined;
}

function dropExpiredTransactions(now = Date.now()) {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const transaction = parse(localStorage.getItem(key) ?? '');
    if (!transaction || now - transaction.createdAt > TRANSACTION_LIFETIME_MS)
      localStorage.removeItem(key);
  }
}
