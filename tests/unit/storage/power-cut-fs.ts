import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bytesOf, nodeFs, type FileData, type StorageFs } from '../../../src/storage/file-system';

/** A file's bytes as of its last fsync (null: never synced, so a power cut leaves it empty). */
interface FileNode {
  kind: 'file';
  synced: Buffer | null;
}

/** A folder's names as they are now, and as of its last fsync. */
interface DirNode {
  kind: 'dir';
  entries: Map<string, Node>;
  durable: Map<string, Node>;
}

type Node = FileNode | DirNode;

/** What a disk holds after a power cut: relative path -> bytes, and the folders. */
export interface DiskImage {
  files: Map<string, Buffer>;
  dirs: string[];
}

function dirNode(entries = new Map<string, Node>()): DirNode {
  return { kind: 'dir', entries, durable: new Map(entries) };
}

/** The folder as it is on disk now, all of it durable: the state before the run starts. */
function readTree(dir: string): DirNode {
  const entries = new Map<string, Node>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    entries.set(name, statSync(full).isDirectory() ? readTree(full) : { kind: 'file', synced: readFileSync(full) });
  }
  return dirNode(entries);
}

/**
 * A file system that keeps only what was fsynced: a file's bytes survive a power cut only after an
 * fsync of the file, and a name (a create, a rename, a removal) only after an fsync of its folder.
 * Every operation is also done on the real folder, so the code under test reads what it wrote; after
 * each operation `onStep` gets what the disk would hold if the power were cut right then.
 */
export class PowerCutFs implements StorageFs {
  private readonly root: DirNode;

  constructor(
    private readonly rootDir: string,
    private readonly onStep: (image: DiskImage) => void,
    /** A broken writer for the harness's own control runs: what it skips. */
    private readonly skip: { fileSync?: boolean; dirSync?: boolean } = {},
  ) {
    this.root = readTree(rootDir);
  }

  private parts(file: string): string[] {
    const rel = path.relative(this.rootDir, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`${file} is outside ${this.rootDir}`);
    return rel === '' ? [] : rel.split(path.sep);
  }

  private dir(parts: string[]): DirNode {
    let node: DirNode = this.root;
    for (const part of parts) {
      const next = node.entries.get(part);
      if (next?.kind !== 'dir') throw Object.assign(new Error(`ENOENT: no folder ${part}`), { code: 'ENOENT' });
      node = next;
    }
    return node;
  }

  private parentOf(file: string): { dir: DirNode; name: string } {
    const parts = this.parts(file);
    const name = parts.pop();
    if (name === undefined) throw new Error('the root has no parent');
    return { dir: this.dir(parts), name };
  }

  private step(): void {
    const image: DiskImage = { files: new Map(), dirs: [] };
    const walk = (node: DirNode, at: string) => {
      for (const [name, child] of node.durable) {
        const rel = at ? path.join(at, name) : name;
        if (child.kind === 'dir') {
          image.dirs.push(rel);
          walk(child, rel);
        } else image.files.set(rel, child.synced ?? Buffer.alloc(0));
      }
    };
    walk(this.root, '');
    this.onStep(image);
  }

  async writeSynced(file: string, data: FileData): Promise<void> {
    const { dir, name } = this.parentOf(file);
    await nodeFs.writeSynced(file, data);
    const existing = dir.entries.get(name);
    const node: FileNode = existing?.kind === 'file' ? existing : { kind: 'file', synced: null };
    if (!this.skip.fileSync) node.synced = bytesOf(data);
    dir.entries.set(name, node);
    this.step();
  }

  async rename(from: string, to: string): Promise<void> {
    const a = this.parentOf(from);
    const b = this.parentOf(to);
    await nodeFs.rename(from, to);
    const node = a.dir.entries.get(a.name);
    if (!node) throw new Error(`the model has no ${from}`);
    a.dir.entries.delete(a.name);
    b.dir.entries.set(b.name, node);
    this.step();
  }

  async syncDir(dir: string): Promise<void> {
    const node = this.dir(this.parts(dir));
    // What the fsync makes durable is the folder as it was when the call began.
    const names = new Map(node.entries);
    await nodeFs.syncDir(dir);
    if (!this.skip.dirSync) node.durable = names;
    this.step();
  }

  async rm(file: string): Promise<void> {
    const { dir, name } = this.parentOf(file);
    await nodeFs.rm(file);
    dir.entries.delete(name);
    this.step();
  }

  async mkdir(dir: string): Promise<boolean> {
    const created = await nodeFs.mkdir(dir);
    let node = this.root;
    for (const part of this.parts(dir)) {
      let next = node.entries.get(part);
      if (!next) {
        next = dirNode();
        node.entries.set(part, next);
      }
      if (next.kind !== 'dir') throw new Error(`${part} is a file`);
      node = next;
    }
    this.step();
    return created;
  }

  async chmod(file: string, mode: number): Promise<void> {
    await nodeFs.chmod(file, mode);
  }
}

/** Writes what a disk held after a power cut into an empty folder. */
export function materialize(image: DiskImage, into: string): void {
  for (const dir of image.dirs) mkdirSync(path.join(into, dir), { recursive: true });
  for (const [file, bytes] of image.files) writeFileSync(path.join(into, file), bytes);
}
