import { ComingSoon } from '../../components/ComingSoon';

export default function ReviewScreen() {
  return (
    <ComingSoon
      title="Sprint review"
      what="demo agenda with before/after metrics, CLI walkthroughs and diagrams, and the sprint report."
    />
  );
}
