export const challenges = {
  title: 'Workshop challenges',
}
