// A small raw DEFLATE decoder (RFC 1951), after tinf by Joergen Ibsen.
// The build stores the wasm deflated: its base64 text then gzips to about the
// size of the gzipped wasm itself, where base64 of the raw bytes gzips a third
// worse. Decoding here (a few ms) keeps the page working in every browser,
// including those without DecompressionStream.

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function huffman(lengths) {
  const counts = new Uint16Array(16);
  const symbols = new Uint16Array(lengths.length);
  for (const n of lengths) counts[n] += 1;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let i = 1; i < 16; i += 1) offsets[i] = offsets[i - 1] + counts[i - 1];
  lengths.forEach((n, symbol) => { if (n) symbols[offsets[n]++] = symbol; });
  return { counts, symbols };
}

const FIXED_LITERALS = huffman(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
const FIXED_DISTANCES = huffman(new Array(DIST_BASE.length).fill(5));

/**
 * @param {Uint8Array} input  raw DEFLATE data
 * @param {number} size  the decoded size (stored by the build)
 * @returns {Uint8Array}
 */
export function inflateRaw(input, size) {
  const out = new Uint8Array(size);
  let pos = 0;
  let tag = 0;
  let bitsLeft = 0;
  let o = 0;

  const bit = () => {
    if (!bitsLeft) {
      if (pos >= input.length) throw new Error('inflate: unexpected end of data');
      tag = input[pos++];
      bitsLeft = 8;
    }
    bitsLeft -= 1;
    const b = tag & 1;
    tag >>>= 1;
    return b;
  };
  const bits = (n) => {
    let value = 0;
    for (let i = 0; i < n; i += 1) value |= bit() << i;
    return value;
  };
  const decode = (tree) => {
    let sum = 0;
    let cur = 0;
    let len = 0;
    do {
      cur = 2 * cur + bit();
      len += 1;
      if (len > 15) throw new Error('inflate: bad code');
      sum += tree.counts[len];
      cur -= tree.counts[len];
    } while (cur >= 0);
    return tree.symbols[sum + cur];
  };

  function dynamicTrees() {
    const literalCount = bits(5) + 257;
    const distanceCount = bits(5) + 1;
    const codeLengthCount = bits(4) + 4;
    const codeLengths = new Array(19).fill(0);
    for (let i = 0; i < codeLengthCount; i += 1) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
    const codeTree = huffman(codeLengths);
    const lengths = [];
    while (lengths.length < literalCount + distanceCount) {
      const symbol = decode(codeTree);
      if (symbol < 16) lengths.push(symbol);
      else if (symbol === 16) lengths.push(...new Array(3 + bits(2)).fill(lengths[lengths.length - 1]));
      else lengths.push(...new Array(symbol === 17 ? 3 + bits(3) : 11 + bits(7)).fill(0));
    }
    return [huffman(lengths.slice(0, literalCount)), huffman(lengths.slice(literalCount, literalCount + distanceCount))];
  }

  let last = 0;
  while (!last) {
    last = bit();
    const type = bits(2);
    if (type === 0) {
      bitsLeft = 0;
      const length = input[pos] | (input[pos + 1] << 8);
      pos += 4;
      out.set(input.subarray(pos, pos + length), o);
      pos += length;
      o += length;
      continue;
    }
    if (type === 3) throw new Error('inflate: bad block type');
    const [literals, distances] = type === 1 ? [FIXED_LITERALS, FIXED_DISTANCES] : dynamicTrees();
    for (;;) {
      const symbol = decode(literals);
      if (symbol < 256) {
        out[o++] = symbol;
      } else if (symbol === 256) {
        break;
      } else {
        const s = symbol - 257;
        const length = LENGTH_BASE[s] + bits(LENGTH_EXTRA[s]);
        const d = decode(distances);
        const distance = DIST_BASE[d] + bits(DIST_EXTRA[d]);
        for (let i = 0; i < length; i += 1, o += 1) out[o] = out[o - distance];
      }
    }
  }
  if (o !== size) throw new Error('inflate: size mismatch');
  return out;
}
