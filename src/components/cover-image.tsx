import { useState } from 'react';
import './cover-image.css';

interface CoverImageProps {
  url: string | null | undefined;
  /** The text a missing cover shows instead (first letter). */
  label: string;
  size: number;
  className?: string;
}

/**
 * A cover or avatar. Decorative (alt=""), since the name is always next to it; a missing
 * or broken image becomes a lettered placeholder of the same size, so layout stays put.
 */
export function CoverImage({ url, label, size, className = '' }: CoverImageProps) {
  const [failed, setFailed] = useState(false);
  const style = { width: size, height: size };
  if (!url || failed) {
    return (
      <span className={`cover cover--placeholder ${className}`} style={style} aria-hidden="true">
        {label.trim().charAt(0).toUpperCase() || '♪'}
      </span>
    );
  }
  return (
    <img
      className={`cover ${className}`}
      src={url}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      onError={() => setFailed(true)}
    />
  );
}

/** The image closest to `size` from Spotify's list (largest first, 4). */
export function pickImage(
  images: { url: string; width: number | null }[] | undefined,
  size: number,
): string | null {
  if (!images?.length) return null;
  const fitting = images.filter((i) => i.width === null || i.width >= size);
  return (fitting.at(-1) ?? images[0])!.url;
}
