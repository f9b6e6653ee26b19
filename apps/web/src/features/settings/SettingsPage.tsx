import { Label, Radio, RadioGroup } from 'react-aria-components';
import { type ThemeChoice, useTheme } from '../../session/index.ts';
import { Page } from '../../ui/index.ts';
import { AccountSettingsSection } from '../account/index.ts';
import { DataSection } from '../data/index.ts';
import { LockSettings } from '../lock/index.ts';

export function SettingsPage() {
  const [theme, setTheme] = useTheme();
  return (
    <Page title="Settings">
      <RadioGroup
        className="field"
        value={theme}
        onChange={(v) => setTheme(v as ThemeChoice)}
        orientation="horizontal"
      >
        <Label className="label">Appearance</Label>
        <div className="scale" style={{ gridTemplateColumns: 'repeat(3, 1fr)' }}>
          <Radio value="system" className="choice">
            Automatic
          </Radio>
          <Radio value="light" className="choice">
            Light
          </Radio>
          <Radio value="dark" className="choice">
            Dark
          </Radio>
        </div>
      </RadioGroup>
      <LockSettings />
      <AccountSettingsSection />
      <DataSection />
      <section className="stack" aria-labelledby="privacy-h">
        <h2 id="privacy-h">Privacy</h2>
        <p>
          Secure Base has no analytics and no trackers, and an account is optional. It makes no
          requests to anyone else. Your entries are encrypted on this device with a key this browser
          keeps for you; without an export or a sync account, they exist only here. With an account,
          the server still learns your account name, your IP address, when you sync, and how many
          entries you have and roughly how large they are, but never what they say.
        </p>
      </section>
    </Page>
  );
}
