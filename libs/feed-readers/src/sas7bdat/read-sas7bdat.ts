import { type FileHandle, open } from 'node:fs/promises';
import { ByteView } from './byte-view';
import { type SasHeader, checkFileLength, parseHeader } from './header';
import { MetadataCollector, type SasLayout, signatureAt } from './metadata';
import { readPageLayout } from './page';
import { pageRows, subheaderRole } from './page-rows';
import { type RowTable, rowObjects } from '../tables/row-table';
import { type SasRow, type SasValue, rowDecoder } from './row-decoder';
import { Sas7bdatError, withContext } from './sas7bdat-error';

class PageReader {
  private readonly buffer: Buffer;

  constructor(
    private readonly handle: FileHandle,
    private readonly header: SasHeader,
  ) {
    this.buffer = Buffer.alloc(header.pageLength);
  }

  /** Page `index`; the buffer is reused, so callers copy what they keep. */
  async read(index: number): Promise<ByteView> {
    const { pageLength, headerLength, littleEndian } = this.header;
    const { bytesRead } = await this.handle.read(this.buffer, 0, pageLength, headerLength + index * pageLength);
    if (bytesRead < pageLength) throw new Sas7bdatError(`file is truncated: only ${bytesRead} of ${pageLength} bytes`);
    return new ByteView(this.buffer, littleEndian, 'page');
  }
}

async function readHeader(handle: FileHandle): Promise<SasHeader> {
  const { size } = await handle.stat();
  // 1 KiB covers every header field used, in 32- and 64-bit layouts.
  const probe = Buffer.alloc(Math.min(size, 1024));
  await handle.read(probe, 0, probe.length, 0);
  const header = parseHeader(probe);
  checkFileLength(header, size);
  return header;
}

// Metadata lives in the leading meta and mix pages; stop at the first page that holds rows.
async function collectLayout(pages: PageReader, header: SasHeader): Promise<SasLayout> {
  const collector = new MetadataCollector(header);
  for (let index = 0; index < header.pageCount; index++) {
    const hasRows = await withContext({ page: index }, async () => {
      const page = await pages.read(index);
      const layout = readPageLayout(page, header);
      let rows = layout.kind === 'data' || layout.kind === 'mix';
      for (const pointer of layout.pointers) {
        const role = subheaderRole(pointer, page, header);
        if (role === 'row') rows = true;
        else if (role === 'metadata') collector.apply(signatureAt(page, header, pointer.offset), page, pointer.offset, pointer.length);
      }
      return rows;
    });
    if (hasRows) break;
  }
  return collector.build();
}

async function* rows(handle: FileHandle, pages: PageReader, header: SasHeader, layout: SasLayout): AsyncGenerator<SasValue[]> {
  try {
    const decode = rowDecoder(layout, header);
    let emitted = 0;
    for (let index = 0; index < header.pageCount && emitted < layout.rowCount; index++) {
      const onPage = await withContext({ page: index }, async () => {
        const page = await pages.read(index);
        return pageRows(page, readPageLayout(page, header), header, layout, decode, layout.rowCount - emitted);
      });
      emitted += onPage.length;
      yield* onPage;
    }
    if (emitted < layout.rowCount) throw new Sas7bdatError(`file ends after ${emitted} of the ${layout.rowCount} rows its header announces`);
  } finally {
    await handle.close();
  }
}

function withFile<T>(path: string, work: () => Promise<T>): Promise<T> {
  return withContext({ file: path }, work);
}

async function* inFile<T>(path: string, source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    for await (const item of source) yield item;
  } catch (error) {
    throw error instanceof Sas7bdatError ? error.within({ file: path }) : error;
  }
}

/**
 * Open a SAS7BDAT file as a RowTable whose rows stream page by page (memory holds one page).
 * Reads 32- and 64-bit files of either byte order, uncompressed or RLE/RDC compressed. A
 * truncated or corrupt file fails with a Sas7bdatError naming the file and page.
 */
export async function openSas7bdat(path: string): Promise<RowTable> {
  const handle = await open(path, 'r');
  try {
    const header = await withFile(path, () => readHeader(handle));
    const pages = new PageReader(handle, header);
    const layout = await withFile(path, () => collectLayout(pages, header));
    return { columns: layout.columns.map((column) => column.name), rows: inFile(path, rows(handle, pages, header, layout)) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A SAS7BDAT file's rows as objects keyed by column name (see openSas7bdat). */
export async function* readSas7bdat(path: string): AsyncGenerator<SasRow> {
  yield* rowObjects(await openSas7bdat(path)) as AsyncGenerator<SasRow>;
}
