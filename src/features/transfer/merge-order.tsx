import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { ChevronDown, ChevronUp, GripVertical } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { MergeCandidate } from './merge-dialog';

const ICON = 16;
const MOVES = [
  { by: -1, word: 'up', Icon: ChevronUp },
  { by: 1, word: 'down', Icon: ChevronDown },
] as const;

/**
 * The chosen playlists in the order they are merged: drag one by its handle (or pick it up
 * with Space and move it with the arrow keys), or use its Move up and Move down buttons.
 */
export function MergeOrder({
  chosen,
  onOrder,
}: {
  chosen: MergeCandidate[];
  onOrder: (ids: string[]) => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = chosen.map((p) => p.id);
  const name = (id: UniqueIdentifier) => chosen.find((p) => p.id === id)?.name ?? 'The playlist';
  const place = (id: UniqueIdentifier) => `${ids.indexOf(String(id)) + 1} of ${ids.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, at ${place(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${name(active.id)} is over place ${place(over.id)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${name(active.id)} dropped at place ${place(over.id)}.` : undefined,
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  };
  const move = (from: number, to: number) => onOrder(arrayMove(ids, from, to));
  // The button pressed keeps focus where its playlist went (a moved element can lose it).
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (!refocus.current) return;
    list.current
      ?.querySelector<HTMLElement>(`[aria-label="${CSS.escape(refocus.current)}"]`)
      ?.focus();
    refocus.current = null;
  });
  if (chosen.length < 2) return null;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      accessibility={{ announcements }}
      onDragEnd={({ active, over }) => {
        if (over && active.id !== over.id)
          move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="merge-order" aria-label="Merge order">
          {chosen.map((playlist, i) => (
            <OrderItem
              key={playlist.id}
              playlist={playlist}
              first={i === 0}
              last={i === chosen.length - 1}
              onMove={(by) => move(i, i + by)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function OrderItem({
  playlist,
  first,
  last,
  onMove,
}: {
  playlist: MergeCandidate;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
}) {
  // The button pressed keeps focus where its playlist went (a moved element can lose it).
  const pressed = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    pressed.current?.focus();
    pressed.current = null;
  });
  const press = (event: React.MouseEvent<HTMLButtonElement>, by: -1 | 1) => {
    pressed.current = event.currentTarget;
    onMove(by);
  };
  // Destructured: the hooks lint takes an object with a `…Ref` member for a ref itself.
  const {
    setNodeRef,
    setActivatorNodeRef,
    attributes,
    listeners,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: playlist.id });
  const y = transform?.y ?? 0;
  return (
    <li
      ref={setNodeRef}
      className={`merge-order__item${isDragging ? ' merge-order__item--dragging' : ''}`}
      style={{ transform: y ? `translateY(${y}px)` : undefined, transition: transition }}
    >
      <button
        type="button"
        className="icon-button merge-order__handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Move ${playlist.name}`}
      >
        <GripVertical size={ICON} aria-hidden="true" />
      </button>
      <span className="merge-order__name">{playlist.name}</span>
      {MOVES.map(({ by, word, Icon }) => {
        const edge = by < 0 ? first : last;
        return (
          <button
            key={word}
            type="button"
            className="icon-button"
            aria-label={`Move ${playlist.name} ${word}`}
            title={`Move ${word}`}
            // Not disabled: a disabled button would drop the focus of someone moving it there.
            aria-disabled={edge || undefined}
            onClick={(event) => !edge && press(event, by)}
          >
            <Icon size={ICON} aria-hidden="true" />
          </button>
        );
      })}
    </li>
  );
}
