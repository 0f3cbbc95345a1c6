import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MenuButton } from './menu-button';

function setup() {
  const chosen: string[] = [];
  const item = (label: string, disabled = false) => ({
    label,
    disabled,
    onSelect: () => chosen.push(label),
  });
  const user = userEvent.setup();
  render(
    <>
      <MenuButton
        label="More for Paper Island"
        info="Position 2 · 4:52"
        items={[
          item('Play'),
          item('Add to queue'),
          item('Unavailable', true),
          item('Add to playlist…'),
        ]}
      >
        ⋯
      </MenuButton>
      <button type="button">Elsewhere</button>
    </>,
  );
  const button = screen.getByRole('button', { name: 'More for Paper Island' });
  return { user, button, chosen };
}

describe('MenuButton', () => {
  it('opens from the keyboard on the first item, moves with arrows, Home and End, skipping disabled items', async () => {
    const { user, button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'More for Paper Island' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(screen.getByText('Position 2 · 4:52')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Play' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Add to queue' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Add to playlist…' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Play' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Add to playlist…' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Play' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Add to playlist…' })).toHaveFocus();
  });

  it('opens on the last item with Up, and Escape closes it back onto the button', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Add to playlist…' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('runs the chosen item and closes; a press elsewhere closes it without choosing', async () => {
    const { user, button, chosen } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Add to queue' }));
    expect(chosen).toEqual(['Add to queue']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(chosen).toEqual(['Add to queue']);
  });

  it('closes when Tab leaves it', async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });
});
