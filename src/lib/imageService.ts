/**
 * Astro's sharp image service, made to fail loudly. When sharp cannot encode
 * an image (a picture over its pixel limit, such as a 17,000 × 17,000 PNG, or
 * a damaged file), Astro 7 logs a warning and writes the original bytes under
 * the new name (`transform` in node_modules/astro/dist/assets/services/sharp.js):
 * every "resized" WebP of that PNG was the full-size PNG, published. Here the
 * build stops instead, naming the image and sharp's reason.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';

const base = sharpService as LocalImageService;

const service: LocalImageService = {
  ...base,
  async transform(input, transform, config, logger) {
    const result = await base.transform(input, transform, config, logger);
    // An SVG is passed through on purpose; any other image handed back as it came was not converted.
    if (result.data !== input || transform.format === 'svg' || result.format === 'svg') return result;
    const reason = await sharp(input, {
      limitInputPixels: (config.service.config as { limitInputPixels?: number }).limitInputPixels,
    })
      .toBuffer()
      .then(
        () => 'sharp could not encode it',
        (error: Error) => error.message,
      );
    const message =
      `Image "${String(transform.src)}" could not be resized or converted to ${transform.format ?? 'its format'} (${reason}), ` +
      'so it would be published at full size: save a smaller copy (2,400 pixels on its long side is plenty) in its place.';
    // Astro wraps the error in its own "Could not transform image", which does not carry this message: say it first.
    logger.error(message);
    throw new Error(message);
  },
};

export default service;
