import { ComingSoon } from '../../components/ComingSoon';

export default function RetroScreen() {
  return (
    <ComingSoon title="Retrospective" what="ops retro templates, voting, action items and blameless postmortems." />
  );
}
