// Blob, Apps Script's data interchange object (https://developers.google.com/apps-script/reference/base/blob):
// bytes with a content type and a name. Services hand them to each other (a chart's image into a Doc);
// the environment keeps the bytes as they are and reads them back for its own models.
import type { EmulatorContext } from './context';
import { instrument } from './instrument';
import { toSignedBytes } from './utilities';

type Blob = GoogleAppsScript.Base.Blob;

type BlobMethods = 'copyBlob' | 'getAs' | 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName' | 'isGoogleType' | 'setName';

export class MemoryBlob implements Pick<Blob, BlobMethods> {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly _bytes: Uint8Array,
    readonly _contentType: string | null,
    private name: string | null,
  ) {}

  copyBlob(): Blob {
    return blobApi(this.ctx, this._bytes, this._contentType, this.name);
  }
  /**
   * "For images in BMP, GIF, JPEG, or PNG format, any of 'image/bmp', 'image/gif', 'image/jpeg', or
   * 'image/png' are also valid" (Blob.getAs). The environment converts nothing: asking for the type the
   * blob already has gives a copy, named with that type's extension as the reference describes.
   */
  getAs(contentType: string): Blob {
    if (contentType !== this._contentType) {
      throw new Error(
        `Blob.getAs('${contentType}') from ${this._contentType ?? 'untyped'} data is not supported by the in-memory Apps Script environment`,
      );
    }
    const extension = contentType.split('/')[1] ?? '';
    const named = this.name === null ? null : `${this.name.replace(/\.[^.]*$/, '')}.${extension}`;
    return blobApi(this.ctx, this._bytes, this._contentType, named);
  }
  /** Java's signed bytes, as every Apps Script byte array. */
  getBytes(): number[] {
    return toSignedBytes(this._bytes);
  }
  getContentType(): string | null {
    return this._contentType;
  }
  getDataAsString(): string {
    return Buffer.from(this._bytes).toString('utf8');
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setName(name: string): Blob {
    this.name = String(name);
    return this as unknown as Blob;
  }
}

export function blobApi(ctx: EmulatorContext, bytes: Uint8Array, contentType: string | null, name: string | null): Blob {
  return instrument(new MemoryBlob(ctx, bytes, contentType, name), ctx, 'Blob') as unknown as Blob;
}

/** The bytes and type of a blob the environment made, or null for anything else (services refuse it). */
export function blobContents(value: unknown): { bytes: Uint8Array; contentType: string | null } | null {
  if (!(value instanceof MemoryBlob)) {
    // A BlobSource (anything with getBlob) hands over its blob, as Apps Script services accept.
    const source = value as { getBlob?: () => unknown } | null;
    if (source && typeof source.getBlob === 'function') {
      const inner = source.getBlob();
      return inner instanceof MemoryBlob ? { bytes: inner._bytes, contentType: inner._contentType } : null;
    }
    return null;
  }
  return { bytes: value._bytes, contentType: value._contentType };
}
