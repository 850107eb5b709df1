import { NeedsTeam } from '../../components/NeedsTeam';
import { useAppStore } from '../../store';
import { RetroList } from './RetroList';
import { RetroRunner } from './RetroRunner';
import '../../styles/retro.css';

export default function RetroScreen() {
  const team = useAppStore((s) => s.team);
  const openRetroId = useAppStore((s) => s.openRetroId);
  if (!team) return <NeedsTeam title="Retrospective" />;
  const retro = team.retros.find((r) => r.id === openRetroId);
  return retro ? <RetroRunner retro={retro} team={team} /> : <RetroList team={team} />;
}
