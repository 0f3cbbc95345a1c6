import { act, fireEvent, render, screen } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { undoHistory } from './undo-store';
import { TOAST_MS, UndoToast } from './undo-toast';

function renderToasts() {
  render(
    <MemoryRouter initialEntries={['/playlists/a']}>
      <UndoToast />
      <Link to="/liked">Liked Songs</Link>
    </MemoryRouter>,
  );
  return screen.getByRole('status');
}

const shown = () => screen.queryAllByText(/\.$/).map((toast) => toast.textContent);
function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a plain message leaves after 5 s, one with Undo after 10 s', () => {
    renderToasts();
    act(() => undoHistory.announce('Saved.'));
    act(() => undoHistory.push('Removed 1 item.', () => undefined));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
    wait(TOAST_MS.plain - 1);
    expect(shown()).toEqual(['Saved.', 'Removed 1 item.']);
    wait(2);
    expect(shown()).toEqual(['Removed 1 item.']);
    wait(TOAST_MS.undo - TOAST_MS.plain);
    expect(shown()).toEqual([]);
  });

  it('waits while the pointer is over the toasts or focus is in them, then takes what was left', () => {
    const region = renderToasts();
    act(() => undoHistory.announce('Saved.'));
    wait(3_000);
    fireEvent.pointerEnter(region);
    wait(60_000);
    expect(shown()).toEqual(['Saved.']);
    fireEvent.pointerLeave(region);
    wait(1_999);
    expect(shown()).toEqual(['Saved.']);
    wait(2);
    expect(shown()).toEqual([]);

    act(() => undoHistory.announce('Exported.'));
    act(() => screen.getByRole('button', { name: 'Dismiss message' }).focus());
    wait(60_000);
    expect(shown()).toEqual(['Exported.']);
    act(() => screen.getByRole('button', { name: 'Dismiss message' }).blur());
    wait(TOAST_MS.plain + 1);
    expect(shown()).toEqual([]);
  });

  it('offers Undo on the newest change only (changes are undone newest first)', () => {
    renderToasts();
    act(() => undoHistory.push('Removed 1 item.', () => undefined));
    act(() => undoHistory.push('Moved 1 item.', () => undefined));
    expect(shown()).toEqual(['Removed 1 item.', 'Moved 1 item.']);
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Undo' }).parentElement).toHaveTextContent(
      'Moved 1 item.',
    );
  });

  it('shows at most three, the oldest going first; a later one of the same task takes its place', () => {
    renderToasts();
    act(() => undoHistory.announce('Preparing Road Trip for export…', 'export'));
    expect(screen.getByText('Preparing Road Trip for export…')).toBeVisible();
    act(() => undoHistory.announce('Exported Road Trip.', 'export'));
    expect(screen.queryByText('Preparing Road Trip for export…')).toBeNull();
    for (const text of ['One.', 'Two.', 'Three.']) act(() => undoHistory.announce(text));
    expect(shown()).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('belongs to its page: leaving the page takes it away, Ctrl+Z still undoes', () => {
    renderToasts();
    const undo = vi.fn();
    act(() => undoHistory.push('Removed 1 item.', undo));
    act(() => screen.getByRole('link', { name: 'Liked Songs' }).click());
    expect(shown()).toEqual([]);
    fireEvent.keyDown(document, { key: 'z', ctrlKey: true });
    expect(undo).toHaveBeenCalledOnce();
  });
});
