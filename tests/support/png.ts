const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height of a PNG, read from its header: the 8-byte signature,
 * then the IHDR chunk (length, type "IHDR", width, height as big-endian
 * 32-bit numbers). Throws when the bytes are not a PNG.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    throw new Error('Not a PNG: the file does not start with the PNG signature.');
  }
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') throw new Error(`Not a valid PNG: the first chunk is "${chunkType}", not IHDR.`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
