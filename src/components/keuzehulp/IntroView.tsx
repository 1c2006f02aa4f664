// The keuzehulp's first screen: how it works, the optional choice of municipalities, and the
// start button. The choice's code loads with this screen, the picker's only when it is opened.
import type { ComponentChildren } from 'preact';
import { useModule } from './useModule';
import type { Region } from './useRegion';

interface Props {
  /** How the keuzehulp works (static text from the page). */
  intro?: ComponentChildren;
  /** What choosing municipalities does (static text from the page). */
  why?: ComponentChildren;
  region: Region;
  /** The link holds municipalities, so the choice shows open. */
  linkHasGemeenten: boolean;
  pickerOpened: boolean;
  onOpenPicker(): void;
  onStart(): void;
}

const prefetchStep = () => void import('./QuestionStep').catch(() => {});

export function IntroView({ intro, why, region, linkHasGemeenten, pickerOpened, onOpenPicker, onStart }: Props) {
  const RegionChoice = useModule(() => import('./RegionChoice'), true).module?.RegionChoice;
  return (
    <div class="kh-intro">
      <h2 id="kh-kop" tabIndex={-1}>
        Zo werkt de keuzehulp
      </h2>
      {intro}
      {RegionChoice && (
        <RegionChoice
          region={region}
          open={pickerOpened || linkHasGemeenten}
          opened={pickerOpened}
          onOpen={onOpenPicker}
          onChoose={(nis) => {
            onOpenPicker();
            region.choose?.(nis);
          }}
          why={why}
        />
      )}
      <button
        type="button"
        class="button"
        // The first question's code starts loading when the reader heads for the button.
        onFocus={prefetchStep}
        onPointerEnter={prefetchStep}
        onClick={onStart}
      >
        Start de keuzehulp
      </button>
    </div>
  );
}
