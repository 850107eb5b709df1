import { useAppStore } from '../../store';
import '../../styles/data.css';
import { BackupsPanel } from './BackupsPanel';
import { SharingPanel } from './sharing/SharingPanel';
import { TransferPanel } from './TransferPanel';

/** Data & backups: where the data lives, the rolling backups, whole-workspace export and import. */
export default function DataScreen() {
  const status = useAppStore((s) => s.status);
  const readOnly = status?.readOnly ?? false;
  return (
    <section className="screen data-screen" aria-labelledby="data-screen-title">
      <h2 id="data-screen-title">Data &amp; backups</h2>
      <section className="panel" aria-labelledby="where-title">
        <h3 id="where-title">Where your data lives</h3>
        <dl className="data-where">
          <dt>Data folder</dt>
          <dd>
            <code>{status?.dataDir ?? '…'}</code>
          </dd>
          <dt>Teams</dt>
          <dd>
            A file per team in its <code>teams</code> folder; <code>cadence.json</code> lists the teams.
          </dd>
          <dt>Backups folder</dt>
          <dd>
            <code>{status?.backupDir ?? '…'}</code>
          </dd>
        </dl>
        {readOnly ? (
          <p className="notice-inline" role="status">
            This data file comes from a newer version of Cadence, so it is open read-only: restore and import are off.
            Upgrade Cadence to make changes.
          </p>
        ) : null}
      </section>
      <SharingPanel readOnly={readOnly} />
      <TransferPanel readOnly={readOnly} />
      <BackupsPanel readOnly={readOnly} />
    </section>
  );
}
