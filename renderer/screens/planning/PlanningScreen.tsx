import { ComingSoon } from '../../components/ComingSoon';

export default function PlanningScreen() {
  return (
    <ComingSoon
      title="Sprint planning"
      what="capacity with on-call and change windows, the interrupt buffer, and planning poker."
    />
  );
}
