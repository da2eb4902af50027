import { ChallengesParts } from '../challenges/ChallengesLauncher'
import { ImportExportDialogs } from '../importExport/ImportExportBar'
import { PodIdentityDialog } from '../podIdentity/PodIdentityLauncher'
import { TourParts } from '../tour/TourLauncher'
import { TriageDialog } from '../triage/TriageDialog'

/**
 * What the toolbar's tool buttons open: the dialogs and panels, loaded after the verdict (one
 * chunk). The buttons themselves are on the first screen (ToolButtons.tsx), so nothing moves.
 */
export function LearningTools() {
  return (
    <>
      <ImportExportDialogs />
      <TriageDialog />
      <TourParts />
      <ChallengesParts />
      <PodIdentityDialog />
    </>
  )
}
