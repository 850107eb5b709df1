import { ComingSoon } from '../../components/ComingSoon';

export default function DataScreen() {
  return <ComingSoon title="Data and backups" what="backups you can restore, and whole-workspace export and import." />;
}
