import { useAppStore } from '../../store';
import { ChecklistSection } from './ChecklistSection';
import { MembersSection } from './MembersSection';
import { SettingsSection } from './SettingsSection';
import { TeamsSection } from './TeamsSection';

export default function TeamScreen() {
  const hasTeam = useAppStore((s) => s.team !== null);
  return (
    <section className="screen" aria-labelledby="team-screen-title">
      <h2 id="team-screen-title">Team</h2>
      <TeamsSection />
      {hasTeam ? (
        <>
          <MembersSection />
          <SettingsSection />
          <div className="two-columns">
            <ChecklistSection
              kind="definitionOfReady"
              title="Definition of Ready"
              intro="An item may enter a sprint when all of these hold. Entries marked automatic are checked from the item."
            />
            <ChecklistSection
              kind="definitionOfDone"
              title="Definition of Done"
              intro="An item is done when all of these hold."
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
