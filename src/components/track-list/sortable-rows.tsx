import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { TrackRow } from '../../domain/track-row';

/** What the table needs to let people select and drag rows. */
export interface TableEditing {
  /** One key per row (see rowKeys). */
  keys: string[];
  selected: ReadonlySet<string>;
  /** How many rows shown can be selected (for "Select all"). */
  selectable: number;
  /** Every selectable row shown is selected ("Select all" is checked). */
  allSelected: boolean;
  /** False until every item has loaded: the controls show but are disabled. */
  ready: boolean;
  onSelect: (index: number, extend: boolean) => void;
  onSelectAll: (all: boolean) => void;
  onClear: () => void;
  /**
   * A row (with the rest of the selection, if it is selected) dropped on another row's
   * place. Without it rows can be selected but not dragged (e.g. Liked Songs, in saved order).
   */
  onDrop?: (activeKey: string, overKey: string) => void;
}

const NO_KEYS: string[] = [];

// The sensors' options, the same objects at every render: useSensor keeps a sensor while
// its options are the same object, and a new sensor makes dnd-kit give every row new
// context, so each row on screen rendered again with every page of a loading list and
// every scroll step.
const MOUSE = { activationConstraint: { distance: 5 } };
/** On touch screens a drag starts after a press and hold, so a swipe still scrolls. */
const TOUCH = { activationConstraint: { delay: 250, tolerance: 8 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

const INSTRUCTIONS =
  'To move this item, press Space or Enter, move it with the Up and Down arrow keys, then press Space or Enter to drop it, or Escape to cancel.';

/**
 * Drag and drop for the rows (@dnd-kit): a pointer drag starts after 5 px so clicks on
 * the handle stay clicks; the keyboard sensor moves a row one place per arrow key.
 * Droppables are measured while dragging only (dnd-kit's default), and again whenever one
 * mounts then (virtualized rows do as the list scrolls). Measuring them always cost every
 * scroll step and every first render a forced layout of each row on screen.
 */
export function SortableRows({
  editing,
  rows,
  children,
}: {
  editing: TableEditing | undefined;
  rows: TrackRow[];
  children: React.ReactNode;
}) {
  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, KEYBOARD),
  );
  const onDrop = editing?.onDrop;
  if (!editing || !onDrop) return children;

  const position = (id: UniqueIdentifier) => editing.keys.indexOf(String(id)) + 1;
  const title = (id: UniqueIdentifier) => rows[position(id) - 1]?.title ?? 'The item';
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const others = editing.selected.has(String(active.id)) ? editing.selected.size - 1 : 0;
      const also = others > 0 ? ` and ${others} other selected item${others === 1 ? '' : 's'}` : '';
      return `Picked up ${title(active.id)}${also}, at position ${position(active.id)} of ${rows.length}.`;
    },
    onDragOver: ({ active, over }) =>
      over
        ? `${title(active.id)} is over position ${position(over.id)}.`
        : `${title(active.id)} is not over a position.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped ${title(active.id)} at position ${position(over.id)}.`
        : `Dropped ${title(active.id)}; it stays where it was.`,
    onDragCancel: ({ active }) =>
      `Cancelled. ${title(active.id)} stays at position ${position(active.id)}.`,
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: INSTRUCTIONS },
        // Its live region and instructions go outside the grid, which may hold only rows.
        container: document.body,
      }}
      onDragEnd={({ active, over }) => {
        if (over && active.id !== over.id) onDrop(String(active.id), String(over.id));
      }}
    >
      {/* While the list loads nothing can move: its 10,000 keys would be re-sorted on every page. */}
      <SortableContext
        items={editing.ready ? editing.keys : NO_KEYS}
        strategy={verticalListSortingStrategy}
      >
        {children}
      </SortableContext>
    </DndContext>
  );
}
