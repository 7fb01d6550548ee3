import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A ZIP archive of in-memory files (deflated, UTF-8 names): what an XLSX is.
 * Written by hand on node:zlib because a zip library would be a dependency
 * for forty lines; the format is the stable one of PKWARE's APPNOTE.
 */
export function zip(files: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    // version 2.0, flag 0x0800 (UTF-8 names), deflate, 1980-01-01 00:00 (a fixed time keeps the output reproducible)
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x0800, at);
      header.writeUInt16LE(8, at + 2);
      header.writeUInt16LE(0, at + 4);
      header.writeUInt16LE(0x21, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(packed.length, at + 12);
      header.writeUInt32LE(file.data.length, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    common(central, 8);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
