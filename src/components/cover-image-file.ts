/**
 * Turns a picture the person chose into what Spotify's cover upload takes: a square JPEG,
 * Base64 text without a data: prefix, at most 256 KB of Base64 (docs/spotify-api.md#playlists-and-their-items).
 * Large or detailed pictures are re-encoded at lower quality, then smaller, until they fit.
 */
export const MAX_COVER_BASE64 = 256 * 1024;
const SIZES = [640, 480, 300];
const QUALITIES = [0.9, 0.75, 0.6];

export class CoverFileError extends Error {
  override readonly name = 'CoverFileError';
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new CoverFileError('The picture could not be converted.')),
      'image/jpeg',
      quality,
    ),
  );
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A picture (a chosen file, or a fetched cover) as Spotify's cover upload takes it. */
export async function coverFromFile(file: Blob): Promise<string> {
  if (!file.type.startsWith('image/')) {
    throw new CoverFileError('That file is not a picture. Choose a JPEG, PNG or WebP image.');
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new CoverFileError(
      'That picture could not be read. It may be damaged or in a format the browser does not know.',
    );
  }
  // Centre-crop to a square, as Spotify shows covers square.
  const side = Math.min(bitmap.width, bitmap.height);
  const sx = (bitmap.width - side) / 2;
  const sy = (bitmap.height - side) / 2;
  for (const size of SIZES) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.min(size, side);
    canvas.height = canvas.width;
    const context = canvas.getContext('2d');
    if (!context) throw new CoverFileError('This browser cannot convert pictures.');
    context.drawImage(bitmap, sx, sy, side, side, 0, 0, canvas.width, canvas.height);
    for (const quality of QUALITIES) {
      const base64 = await toBase64(await toBlob(canvas, quality));
      if (base64.length <= MAX_COVER_BASE64) return base64;
    }
  }
  throw new CoverFileError(
    'That picture stays over Spotify’s 256 KB limit even when made smaller. Try a simpler picture.',
  );
}
