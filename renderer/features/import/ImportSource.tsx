import { useRef, useState, type FormEvent } from 'react';
import { technicalErrorMessage } from '../../../shared/domain/technical-errors';
import {
  isMostlyImage,
  mostlyImageMessage,
  type PdfSource,
} from '../../../shared/import/pdf-source';
import {
  isOfficeFileName,
  OFFICE_ACCEPT,
  OfficeFileError,
} from '../../../shared/import/office-file-error';
import { pastedOrigin, type TextOrigin } from '../../../shared/import/source-ref';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextArea } from '../../ui/fields';
import { PdfUnreadableError, PdfWithoutTextError } from './pdf-reader';

const pdfOrigin = (name: string, source: PdfSource): TextOrigin => ({
  kind: 'pdf',
  name,
  linePages: source.linePages,
  pageCount: source.pageCount,
  imagePages: source.imagePages,
});

/** Step 1: the text of the convention, pasted or read from a .txt, .pdf, .docx or .odt file. */
export function ImportSource({ onText }: { onText: (text: string, origin: TextOrigin) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  /** A scan with a little text (a stamp): said first, analysed only if the user asks. */
  const [scan, setScan] = useState<{ name: string; source: PdfSource } | undefined>();
  const fileRef = useRef<HTMLInputElement>(null);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) {
      setError(
        'Collez le texte de la convention, ou ouvrez son fichier (.txt, .pdf, .docx ou .odt).',
      );
      return;
    }
    onText(text, pastedOrigin());
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setScan(undefined);
    setBusy(true);
    try {
      const isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
      if (isPdf) {
        const { pdfFileToSource } = await import('./pdf-text');
        const source = await pdfFileToSource(new Uint8Array(await file.arrayBuffer()), file.name);
        if (isMostlyImage(source.pageCount, source.imagePages))
          setScan({ name: file.name, source });
        else onText(source.text, pdfOrigin(file.name, source));
      } else if (isOfficeFileName(file.name, file.type)) {
        // the unzip library is loaded on the first Word or LibreOffice file, not before
        const { readOfficeFile } = await import('../../../shared/import/office-file');
        const { text } = readOfficeFile(new Uint8Array(await file.arrayBuffer()), file.name);
        onText(text, { kind: 'text', name: file.name });
      } else if (/\.txt$/i.test(file.name) || file.type.startsWith('text/')) {
        onText(await file.text(), { kind: 'text', name: file.name });
      } else {
        setError(
          `Le fichier « ${file.name} » n’est ni un .txt, ni un .pdf, ni un document Word (.docx) ou LibreOffice (.odt) : ouvrez le texte, le PDF ou le document de la convention.`,
        );
      }
    } catch (e) {
      setError(
        e instanceof PdfWithoutTextError ||
          e instanceof PdfUnreadableError ||
          e instanceof OfficeFileError
          ? e.message
          : `Le fichier « ${file.name} » n’a pas pu être lu. ${technicalErrorMessage(e) ?? 'Collez son texte à la place.'}`,
      );
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <Card title="Coller ou ouvrir la convention" id="import-source">
      <p className="muted">
        La convention, le contrat de services, ses annexes (interlocuteurs, bulletins d’adhésion) et
        la délibération peuvent être dans le même texte. Rien n’est enregistré avant votre
        vérification.
      </p>
      {scan ? (
        <div className="warning-box" role="alert">
          <p>
            <strong>{scan.name} :</strong>{' '}
            {mostlyImageMessage(scan.source.pageCount, scan.source.letters)}
          </p>
          <div className="form-actions">
            <Button onPress={() => onText(scan.source.text, pdfOrigin(scan.name, scan.source))}>
              Analyser quand même le peu de texte lu
            </Button>
            <Button onPress={() => setScan(undefined)}>Fermer</Button>
          </div>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextArea
          label="Texte de la convention"
          rows={12}
          value={text}
          onChange={(e) => setText(e.target.value)}
          help="Copiez le texte depuis le PDF ou le document Word, puis collez-le ici."
          error={error}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Analyser le texte
          </Button>
          <span className="import-or">ou</span>
          <label className="btn btn-secondary import-file">
            {busy ? 'Lecture du fichier…' : 'Ouvrir un fichier (.txt, .pdf, .docx ou .odt)'}
            <input
              ref={fileRef}
              type="file"
              accept={`.txt,.pdf,text/plain,application/pdf,${OFFICE_ACCEPT}`}
              className="visually-hidden"
              disabled={busy}
              onChange={(e) => void openFile(e.target.files?.[0])}
            />
          </label>
        </div>
      </form>
    </Card>
  );
}
