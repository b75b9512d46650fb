import type { Page } from 'playwright-core';

export interface PixelTolerance {
  /** Largest difference of a colour channel (0–255) that still counts as the same colour. */
  channel: number;
  /** A pixel may match any pixel this many pixels away in the other picture (edges smoothed differently). */
  radius: number;
}

/**
 * The share (0–1) of pixels of two screenshots of the same size that differ beyond `tolerance`: a pixel differs when
 * no pixel within `radius` of it in the other screenshot has every channel within `channel` of it, either way round.
 * Worked out in `page`, which decodes the PNGs.
 */
export function differingShare(page: Page, a: Buffer, b: Buffer, tolerance: PixelTolerance): Promise<number> {
  return page.evaluate(
    async ([a, b, { channel, radius }]) => {
      const pixels = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return { data: context.getImageData(0, 0, image.width, image.height).data, width: image.width };
      };
      const [first, second] = [await pixels(a), await pixels(b)];
      const { width } = first;
      const height = first.data.length / 4 / width;
      if (second.data.length !== first.data.length) throw new Error('the screenshots differ in size');
      const matched = (p: Uint8ClampedArray, q: Uint8ClampedArray, x: number, y: number) => {
        const i = (y * width + x) * 4;
        for (let dy = -radius; dy <= radius; dy++)
          for (let dx = -radius; dx <= radius; dx++) {
            const [qx, qy] = [x + dx, y + dy];
            if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
            const j = (qy * width + qx) * 4;
            if (
              Math.abs(p[i]! - q[j]!) <= channel &&
              Math.abs(p[i + 1]! - q[j + 1]!) <= channel &&
              Math.abs(p[i + 2]! - q[j + 2]!) <= channel
            )
              return true;
          }
        return false;
      };
      let differing = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++)
          if (!matched(first.data, second.data, x, y) || !matched(second.data, first.data, x, y)) differing++;
      return differing / (width * height);
    },
    [a.toString('base64'), b.toString('base64'), tolerance] as const,
  );
}
