<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../console/window.py" line="180" />
        <source>Reception console</source>
        <translation>前台接待台</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="183" />
        <source>Reception console · %1</source>
        <translation>前台接待台 · %1</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="184" />
        <source>Today's visits</source>
        <translation>今日访客</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="186" />
        <source>This desk has no printer configured.</source>
        <translation>本前台未配置打印机。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="189" />
        <source>Switch language</source>
        <translation>切换语言</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="232" />
        <source>A badge needs your attention: see the list below.</source>
        <translation>有访客证需要处理，请查看下方列表。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="241" />
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="254" />
        <source>A new badge for %1 is being printed at this desk.</source>
        <translation>正在本前台为 %1 补打访客证。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="353" />
        <source>That room is no longer free. Please choose another.</source>
        <translation>该接待室已不空闲，请另选一间。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="358" />
        <source>%1 waits in %3.</source>
        <translation>%1 在%3等候。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="358" />
        <source>%1 waits in the lobby.</source>
        <translation>%1 在大堂等候。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="361" />
        <source>The host of %1 (%2) has been notified again.</source>
        <translation>已再次通知 %1（%2）的被访人。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="362" />
        <source>The host is ready: lead %1 to the host, or the host comes to collect them.</source>
        <translation>被访人已就绪：请引领 %1 前往，或由被访人前来迎接。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="363" />
        <source>%1 (%2) has left. Their message goes to the host.</source>
        <translation>%1（%2）已离开，留言将转告被访人。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="364" />
        <source>The host declines: please tell %1 politely.</source>
        <translation>被访人拒绝接待：请礼貌地告知 %1。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="365" />
        <source>The host has met %1 (%2).</source>
        <translation>被访人已接到 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="366" />
        <source>The host saw %1 (%2) out. The visit is over.</source>
        <translation>被访人已送 %1（%2）离开，来访结束。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="367" />
        <source>%1 is back at the desk: please see them out.</source>
        <translation>%1 已回到前台：请送访客离开。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="368" />
        <source>%1 (%2) has been seen out. The visit is over.</source>
        <translation>已送 %1（%2）离开，来访结束。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="369" />
        <source>%1 (%2) is checked out.</source>
        <translation>%1（%2）已签出。</translation>
    </message>
    <message>
        <location filename="../../console/window.py" line="393" />
        <source>Today: %1 · On site: %2</source>
        <translation>今日：%1 · 在场：%2</translation>
    </message>
</context>
<context>
    <name>PrintPanel</name>
    <message>
        <location filename="../../console/views/print_panel.py" line="15" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="16" />
        <source>Printed? Please check</source>
        <translation>是否已打印？请核实</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="19" />
        <location filename="../../console/views/print_panel.py" line="31" />
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="20" />
        <location filename="../../console/views/print_panel.py" line="30" />
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="21" />
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="25" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="26" />
        <source>needs a look</source>
        <translation>需要检查</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="32" />
        <source>printer cover open</source>
        <translation>打印机盖未关</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="33" />
        <source>printer error</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="34" />
        <source>printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="37" />
        <source>printing was interrupted; the badge may be partly printed</source>
        <translation>打印中断，访客证可能只打印了一部分</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="38" />
        <source>the printer cannot be reached</source>
        <translation>无法连接打印机</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="39" />
        <source>the station stopped while printing; the badge may or may not have printed</source>
        <translation>打印时终端停止运行，访客证可能已打印，也可能未打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="109" />
        <source>Badges that need attention</source>
        <translation>需要处理的访客证</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="110" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="111" />
        <source>Print at this desk</source>
        <translation>在本前台打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="112" />
        <source>It printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../console/views/print_panel.py" line="113" />
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../console/views/visit_actions.py" line="35" />
        <source>Notify host again</source>
        <translation>再次通知被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="36" />
        <source>Host is ready</source>
        <translation>被访人已就绪</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="37" />
        <source>Must wait…</source>
        <translation>需等候…</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="39" />
        <source>Host absent: waits…</source>
        <translation>被访人不在：等候…</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="41" />
        <source>Leaves (message)…</source>
        <translation>离开（留言）…</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="42" />
        <source>Host declines</source>
        <translation>被访人拒绝</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="43" />
        <source>Host arrived</source>
        <translation>被访人已到</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="44" />
        <source>Escorted out</source>
        <translation>已由被访人送出</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="45" />
        <source>Back to desk</source>
        <translation>回到前台</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="46" />
        <source>Seen out</source>
        <translation>前台已送出</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="47" />
        <source>Check out</source>
        <translation>签出</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="48" />
        <source>Reprint badge</source>
        <translation>补打访客证</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="53" />
        <source>Host's answer</source>
        <translation>被访人答复</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="54" />
        <source>Meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="55" />
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="101" />
        <source>Selected visit</source>
        <translation>所选来访</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="117" />
        <source>Shortcut: %1</source>
        <translation>快捷键：%1</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="135" />
        <source>Choose a visit in the list.</source>
        <translation>请在列表中选择一条来访。</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="139" />
        <source>Room: %1</source>
        <translation>接待室：%1</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="177" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="178" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="215" />
        <source>No room (waits in the lobby)</source>
        <translation>不用接待室（在大堂等候）</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="219" />
        <source>Reception room</source>
        <translation>接待室</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="220" />
        <source>Where does %1 wait?</source>
        <translation>%1 在哪里等候？</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="245" />
        <source>The visitor leaves</source>
        <translation>访客离开</translation>
    </message>
    <message>
        <location filename="../../console/views/visit_actions.py" line="246" />
        <source>%1 will not wait. Their message for the host:</source>
        <translation>%1 不再等候。给被访人的留言：</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../console/views/visits_model.py" line="20" />
        <source>Host unknown: please find</source>
        <translation>被访人未知，请查找</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="23" />
        <source>Visit no.</source>
        <translation>来访编号</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="24" />
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="25" />
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="26" />
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="27" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="28" />
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="29" />
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../console/views/visits_model.py" line="187" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
</TS>