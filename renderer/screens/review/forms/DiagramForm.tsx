import { useId, useState, type ChangeEvent } from 'react';
import { IMAGE_TYPES, dataUrlMatchesType, imageFileProblem } from '../../../../src/domain/review/image';
import { quote } from '../../../../src/domain/shared/words';
import type { DemoBlock, DiagramBlock, DiagramImage } from '../../../../src/domain/review/schema';
import { Field } from '../../../components/Field';
import { MermaidDiagram } from '../blocks/MermaidDiagram';
import { mermaidProblem } from '../blocks/mermaid-render';
import { BlockForm, type BlockFormProps, type Errors } from './block-form';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`${quote(file.name)} could not be read.`));
    reader.readAsDataURL(file);
  });
}

export function DiagramForm({ initial, onSave, onCancel }: BlockFormProps<DiagramBlock>) {
  const [title, setTitle] = useState(initial.title);
  const [source, setSource] = useState(initial.source);
  const [mermaid, setMermaid] = useState(initial.mermaid);
  const [preview, setPreview] = useState(initial.mermaid);
  const [image, setImage] = useState<DiagramImage | null>(initial.image);
  const [fileError, setFileError] = useState<string | undefined>();
  const [errors, setErrors] = useState<Errors>({});
  // Saved, a diagram keeps only the source it is drawn from (the api drops the other): said before it goes.
  const droppedNote =
    source === 'mermaid' && image
      ? `Saved as Mermaid text, the diagram no longer keeps the attached image ${quote(image.name)}.`
      : source === 'image' && mermaid.trim()
        ? 'Saved as an image, the diagram no longer keeps its Mermaid text.'
        : null;
  const noteId = useId();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const problem = imageFileProblem(file);
    if (problem) {
      setFileError(problem);
      event.target.value = '';
      return;
    }
    try {
      const dataUrl = await readAsDataUrl(file);
      if (!dataUrlMatchesType(dataUrl)) {
        setFileError(`${quote(file.name)} is not a readable ${file.type.replace('image/', '').toUpperCase()} image.`);
        event.target.value = '';
        return;
      }
      setImage({ name: file.name, dataUrl });
      setFileError(undefined);
    } catch (error) {
      setFileError(error instanceof Error ? error.message : 'The file could not be read.');
    }
  };

  /**
   * Text Mermaid cannot read is not saved, to be found out on the projector: the form stays open with the text,
   * the field names the line, and the preview (set to the text saved) shows Mermaid's own message. If Mermaid
   * itself cannot be loaded the text cannot be judged, and is saved as typed.
   */
  const check = async (block: DemoBlock): Promise<Errors | null> => {
    if (block.kind !== 'diagram' || block.source !== 'mermaid') return null;
    const problem = await mermaidProblem(block.mermaid).catch(() => null);
    if (!problem) return null;
    setPreview(block.mermaid);
    return { mermaid: problem };
  };

  return (
    <BlockForm
      build={() => ({ ...initial, title, source, mermaid, image })}
      check={check}
      onSave={onSave}
      onCancel={onCancel}
      setErrors={setErrors}
    >
      <Field label="Diagram title" error={errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} data-autofocus />}
      </Field>
      <fieldset aria-describedby={droppedNote ? noteId : undefined}>
        <legend>Diagram source</legend>
        <label>
          <input
            type="radio"
            name="diagram-source"
            checked={source === 'mermaid'}
            onChange={() => setSource('mermaid')}
          />{' '}
          Draw from Mermaid text
        </label>{' '}
        <label>
          <input type="radio" name="diagram-source" checked={source === 'image'} onChange={() => setSource('image')} />{' '}
          Attach an image file
        </label>
        {droppedNote ? (
          <p className="field__hint" id={noteId}>
            {droppedNote}
          </p>
        ) : null}
      </fieldset>
      {source === 'mermaid' ? (
        <>
          <Field
            label="Mermaid text"
            error={errors.mermaid}
            hint="e.g. graph LR; client-->lb; lb-->app. The preview updates when you leave the field."
          >
            {(p) => (
              <textarea
                {...p}
                className="mono"
                rows={7}
                value={mermaid}
                onChange={(e) => setMermaid(e.target.value)}
                onBlur={() => setPreview(mermaid)}
              />
            )}
          </Field>
          {preview.trim() ? (
            <section className="preview" aria-label="Diagram preview">
              <MermaidDiagram text={preview} label={`${title || 'Diagram'} preview`} />
            </section>
          ) : null}
        </>
      ) : (
        <>
          <Field
            label="Image file"
            error={fileError ?? errors.image ?? errors['image.dataUrl'] ?? errors.mermaid}
            hint="PNG, JPEG, GIF or WebP, up to 1 MB. It is stored inside the data file."
          >
            {(p) => <input {...p} type="file" accept={IMAGE_TYPES.join(',')} onChange={onFile} />}
          </Field>
          {image ? (
            <figure className="preview">
              <img className="diagram-image" src={image.dataUrl} alt={`Attached image ${image.name}`} />
              <figcaption>{image.name}</figcaption>
            </figure>
          ) : null}
        </>
      )}
    </BlockForm>
  );
}
