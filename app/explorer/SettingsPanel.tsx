import { useShallow } from 'zustand/react/shallow';
import { ACTIVATION_IDS, ACTIVATIONS } from '../engine/activations';
import { LOSS_IDS } from '../engine/losses';
import { BIAS_MODES, HIDDEN_DELTA_MODES, type SettingKey, type Settings } from '../engine/model';
import { NOTATION_IDS, type NotationId } from '../engine/notation';
import { useAppStore, useAppStoreApi } from '../store/context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { RadioChoice } from '../ui/RadioChoice';
import {
  BIAS_LABELS,
  digitChoices,
  HIDDEN_DELTA_LABELS,
  incompatibility,
  LOSS_LABELS,
  optionText,
} from './setting-choices';

const NOTATION_LABELS: Readonly<Record<NotationId, string>> = {
  article: 'the article’s: net, out, E_total',
  course: 'the deep-learning course’s: z, a, dz, dW, db',
};

/**
 * How the network computes (activations, loss, biases, the order of the hidden
 * deltas) and how the numbers are shown (digits, notation). A setting the engine
 * refuses stays as it was, with the engine's reason beside the control.
 * Every control is disabled when the store is not editable (an embed with edit=0).
 */
export function SettingsPanel() {
  const store = useAppStoreApi();
  const settings = useAppStore((s) => s.model.settings);
  // Each key on its own: fieldErrors is a new object whenever an error is set or cleared.
  const errors = useAppStore(
    useShallow((s) => ({
      act_h: s.fieldErrors.act_h,
      act_o: s.fieldErrors.act_o,
      loss: s.fieldErrors.loss,
      biases: s.fieldErrors.biases,
      hidden_deltas: s.fieldErrors.hidden_deltas,
    })),
  );
  const digits = useAppStore((s) => s.digits);
  const notation = useAppStore((s) => s.notation);
  const locked = !useAppStore((s) => s.editable);
  const set =
    <K extends SettingKey>(key: K) =>
    (value: Settings[K]) =>
      store.getState().setSetting(key, value);
  const activations = (key: 'act_h' | 'act_o') =>
    ACTIVATION_IDS.map((id) => ({
      value: id,
      label: optionText(
        ACTIVATIONS[id].label,
        key === 'act_o' ? incompatibility('act_o', id, settings) : undefined,
      ),
    }));
  return (
    <div className="settings-panel">
      <h3 className="settings-heading">The network</h3>
      <ChoiceSelect
        label="Hidden activation (act_h)"
        value={settings.act_h}
        choices={activations('act_h')}
        disabled={locked}
        onChange={set('act_h')}
        error={errors.act_h}
      />
      <ChoiceSelect
        label="Output activation (act_o)"
        value={settings.act_o}
        choices={activations('act_o')}
        disabled={locked}
        onChange={set('act_o')}
        error={errors.act_o}
      />
      <ChoiceSelect
        label="Loss (loss)"
        value={settings.loss}
        choices={LOSS_IDS.map((id) => ({
          value: id,
          label: optionText(LOSS_LABELS[id], incompatibility('loss', id, settings)),
        }))}
        disabled={locked}
        onChange={set('loss')}
        error={errors.loss}
        note="Cross-entropy needs a sigmoid output: it takes ln(out) and ln(1 − out), so out must lie between 0 and 1."
      />
      <RadioChoice
        legend="Biases (biases)"
        value={settings.biases}
        choices={BIAS_MODES.map((id) => ({ value: id, label: BIAS_LABELS[id] }))}
        disabled={locked}
        onChange={set('biases')}
        error={errors.biases}
      />
      <RadioChoice
        legend="Hidden deltas use (hidden_deltas)"
        value={settings.hidden_deltas}
        choices={HIDDEN_DELTA_MODES.map((id) => ({ value: id, label: HIDDEN_DELTA_LABELS[id] }))}
        disabled={locked}
        onChange={set('hidden_deltas')}
        error={errors.hidden_deltas}
        note="Updated reproduces a common ordering mistake: w5…w8 are updated before the hidden deltas use them. It is where the article’s after-training figures come from."
      />
      <h3 className="settings-heading">How numbers are shown</h3>
      <ChoiceSelect
        label="Significant digits (digits)"
        value={String(digits)}
        choices={digitChoices().map((d) => ({
          value: String(d),
          label: d === 9 ? `${d} (the article’s)` : String(d),
        }))}
        disabled={locked}
        onChange={(value) => store.getState().setDigits(Number(value))}
      />
      <RadioChoice
        legend="Notation (notation)"
        value={notation}
        choices={NOTATION_IDS.map((id) => ({ value: id, label: NOTATION_LABELS[id] }))}
        disabled={locked}
        onChange={(value) => store.getState().setNotation(value)}
      />
    </div>
  );
}
