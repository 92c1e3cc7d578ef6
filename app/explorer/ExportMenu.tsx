import { useId, useState } from 'react';
import { useAppStoreApi } from '../store/context';
import {
  csvExport,
  downloadBlob,
  EXPORT_BASENAME,
  jsonExport,
  type ExportFile,
} from './export-data';
import { GRAPH_SVG_SELECTOR, snapshotPng, snapshotSvg } from './svg-snapshot';

interface Message {
  readonly text: string;
  readonly problem: boolean;
}

/**
 * Downloads: every value of the worked example (CSV for a spreadsheet, JSON for
 * a program: the command-line sheet's formats), and the network's picture for
 * slides (SVG, or PNG at twice the size).
 */
export function ExportMenu() {
  const store = useAppStoreApi();
  const [message, setMessage] = useState<Message>({ text: '', problem: false });
  const titleId = useId();

  const saveText = (file: ExportFile) => {
    downloadBlob(new Blob([file.text], { type: `${file.type};charset=utf-8` }), file.name);
    setMessage({ text: `Saved ${file.name}.`, problem: false });
  };
  const graphSvg = (): SVGSVGElement | null => {
    const svg = document.querySelector<SVGSVGElement>(GRAPH_SVG_SELECTOR);
    if (!svg || svg.getBoundingClientRect().width === 0) {
      setMessage({
        text: 'There is no network picture to save: the graph is not drawn on this page.',
        problem: true,
      });
      return null;
    }
    return svg;
  };
  const saveSvg = () => {
    const svg = graphSvg();
    if (!svg) return;
    const name = `${EXPORT_BASENAME}-network.svg`;
    downloadBlob(new Blob([snapshotSvg(svg).text], { type: 'image/svg+xml' }), name);
    setMessage({ text: `Saved ${name}.`, problem: false });
  };
  const savePng = async () => {
    const svg = graphSvg();
    if (!svg) return;
    const name = `${EXPORT_BASENAME}-network.png`;
    try {
      downloadBlob(await snapshotPng(snapshotSvg(svg)), name);
      setMessage({ text: `Saved ${name} (twice the size on screen).`, problem: false });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage({ text: `The PNG could not be made: ${reason} Try the SVG.`, problem: true });
    }
  };
  const sheet = () => store.getState();

  return (
    <section className="check-section export-menu" aria-labelledby={titleId}>
      <h3 id={titleId}>Export</h3>
      <div className="export-buttons">
        <button
          type="button"
          className="tool"
          onClick={() => saveText(csvExport(sheet().trace, sheet().digits))}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="tool"
          onClick={() => saveText(jsonExport(sheet().trace, sheet().digits))}
        >
          Download JSON
        </button>
        <button type="button" className="tool" onClick={saveSvg}>
          Download SVG
        </button>
        <button type="button" className="tool" onClick={() => void savePng()}>
          Download PNG
        </button>
      </div>
      <p className="train-note">
        CSV and JSON hold every value at full precision, with its formula in TeX; SVG and PNG are
        the network as drawn, for slides.
      </p>
      <p role="status" className="export-status">
        {message.problem ? '' : message.text}
      </p>
      <p role="alert" className="train-alert">
        {message.problem ? message.text : ''}
      </p>
    </section>
  );
}
