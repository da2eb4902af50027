import { ChallengesParts } from '../challenges/ChallengesParts'
import { ImportExportDialogs } from '../importExport/ImportExportDialogs'
import { PodIdentityDialog } from '../podIdentity/PodIdentityDialog'
import { TourParts } from '../tour/TourParts'
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
