/** Sizes as the importer's messages give them, the same in every language. */
/** Bytes as megabytes with one decimal, as the messages give sizes. */
export const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
/** Pixels in millions, rounded. */
export const mp = (pixels: number) => Math.round(pixels / 1_000_000);
/** An image's size before or after scaling: "1200 × 800, 0.4 MB". */
export const size = (image: { width: number; height: number; bytes: number }) => `${image.width} × ${image.height}, ${mb(image.bytes)} MB`;
