export const inspector = {
  title: 'Token',
}
