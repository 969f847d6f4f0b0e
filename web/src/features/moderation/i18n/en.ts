export default { nav: 'Moderation' };
