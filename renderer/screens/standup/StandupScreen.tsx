import { ComingSoon } from '../../components/ComingSoon';

export default function StandupScreen() {
  return <ComingSoon title="Daily standup" what="the sprint board, the interrupt lane and a timed standup." />;
}
