export const flow = {
  title: 'Flow',
}
