import { ChallengesLauncher } from '../challenges/ChallengesLauncher'
import { ImportExportBar } from '../importExport/ImportExportBar'
import { PodIdentityLauncher } from '../podIdentity/PodIdentityLauncher'
import { TourLauncher } from '../tour/TourLauncher'

/** The toolbar's tools beyond the scenario itself: loaded after the verdict (one chunk). */
export function LearningTools() {
  return (
    <>
      <ImportExportBar />
      <TourLauncher />
      <ChallengesLauncher />
      <PodIdentityLauncher />
    </>
  )
}
