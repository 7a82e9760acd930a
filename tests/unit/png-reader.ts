import { crc32 } from 'node:zlib';

/** Splits a PNG into its header fields, palette and joined image data, checking every CRC. */
export function readPng(file: Uint8Array) {
	const buffer = Buffer.from(file);
	if (buffer.subarray(0, 8).toString('latin1') !== '\x89PNG\r\n\x1a\n') throw new Error('no PNG');
	let at = 8;
	let header: Buffer | undefined;
	let palette: number[][] = [];
	const data: Buffer[] = [];
	while (at < buffer.length) {
		const length = buffer.readUInt32BE(at);
		const type = buffer.toString('latin1', at + 4, at + 8);
		const body = buffer.subarray(at + 8, at + 8 + length);
		if (crc32(buffer.subarray(at + 4, at + 8 + length)) !== buffer.readUInt32BE(at + 8 + length)) {
			throw new Error(`bad CRC in ${type}`);
		}
		if (type === 'IHDR') header = body;
		if (type === 'PLTE')
			palette = Array.from({ length: length / 3 }, (_, i) => [...body.subarray(i * 3, i * 3 + 3)]);
		if (type === 'IDAT') data.push(body);
		at += 12 + length;
	}
	if (!header) throw new Error('no IHDR');
	return {
		width: header.readUInt32BE(0),
		height: header.readUInt32BE(4),
		bitDepth: header[8],
		colourType: header[9],
		palette,
		data: Buffer.concat(data),
	};
}
