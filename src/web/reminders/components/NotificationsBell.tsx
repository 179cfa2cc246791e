// The bell in the header: unread reminders and instant notifications (an item returned, an innovation waiting
// for approval), each leading to where it can be dealt with; opening one marks it read.
import { ActionIcon, Button, Indicator, Menu, ScrollArea, Stack, Switch, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useMarkRead, useMute, useNotifications } from '../api/notifications';

export function NotificationsBell() {
  const { t } = useTranslation();
  const list = useNotifications();
  const markRead = useMarkRead();
  const mute = useMute();
  const navigate = useNavigate();
  const unread = list.data?.unread ?? 0;
  return (
    <Menu width={340} position="bottom-end" shadow="md">
      <Menu.Target>
        <Indicator label={unread} size={16} disabled={!unread} offset={4}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('reminders.title', { count: unread })} data-testid="bell">
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('reminders.heading')}</Menu.Label>
        <ScrollArea.Autosize mah={360}>
          {!list.data?.items.length && (
            <Text size="sm" c="dimmed" p="xs">
              {t('reminders.empty')}
            </Text>
          )}
          {list.data?.items.map((n) => (
            <Menu.Item
              key={n.id}
              onClick={() => {
                if (!n.read) markRead.mutate(n.id);
                // The link may point at one indicator (#indicator-17): navigate by href to keep the hash.
                if (n.link) void navigate({ href: n.link });
              }}
            >
              <Stack gap={0}>
                <Text size="sm" fw={n.read ? 400 : 700} data-testid={n.read ? undefined : 'notification-unread'}>
                  {n.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {n.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt)}
                </Text>
              </Stack>
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
        <Menu.Divider />
        <Stack gap="xs" p="xs">
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => markRead.mutate('all')}>
              {t('reminders.readAll')}
            </Button>
          )}
          <Switch size="xs" label={t('reminders.mute')} checked={list.data?.muted ?? false} onChange={(e) => mute.mutate(e.currentTarget.checked)} />
        </Stack>
      </Menu.Dropdown>
    </Menu>
  );
}
